import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgrammeCategory, ProgrammeSummary } from '@portal/domain/content';
import { IntlResults } from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { activityLabel } from '../common/labels';
import { programmeYears } from './programme-years';
import { ProgrammesBrowserState } from './programmes-browser.state';

const CATEGORIES: readonly ProgrammeCategory[] = [
  'police-development-reform',
  'transnational-threats',
];

interface Group {
  readonly category: ProgrammeCategory;
  readonly activities: readonly string[];
  readonly programmes: readonly ProgrammeSummary[];
}

/**
 * The policing programmes by category, each with its activities; the category filter is
 * applied by the API, the activity filter in place. Its page provides its state
 * (`ProgrammesBrowserState`).
 */
@Component({
  selector: 'pt-programmes-browser',
  imports: [RouterLink, TranslatePipe, ResourceStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programmes-browser.component.html',
  styleUrl: './programmes-browser.component.css',
})
export class ProgrammesBrowserComponent {
  /** Heading level of the category headings, so the browser fits under any page outline. */
  readonly level = input<2 | 3>(2);

  private readonly state = inject(ProgrammesBrowserState);
  private readonly intl = inject(IntlResults);
  protected readonly lang = this.state.lang;
  protected readonly categories = CATEGORIES;
  protected readonly category = this.state.category;
  protected readonly activity = this.state.activity;
  protected readonly programmes = this.state.programmes;

  protected readonly allActivities = computed(() => this.uniqueActivities(this.list()));

  protected readonly groups = computed<readonly Group[]>(() => {
    const list = this.list();
    const wanted = this.activity();
    return CATEGORIES.filter((c) => !this.category() || c === this.category()).map((category) => {
      const inCategory = list.filter((p) => p.category === category);
      return {
        category,
        activities: this.uniqueActivities(inCategory),
        programmes: wanted ? inCategory.filter((p) => p.activities.includes(wanted)) : inCategory,
      };
    });
  });

  protected label(activity: string): string {
    return activityLabel(activity, this.lang());
  }

  protected years(p: ProgrammeSummary): string {
    return programmeYears(p);
  }

  protected setCategory(value: string): void {
    this.category.set(
      CATEGORIES.includes(value as ProgrammeCategory) ? (value as ProgrammeCategory) : '',
    );
    this.activity.set('');
  }

  private list(): readonly ProgrammeSummary[] {
    return this.programmes.hasValue() ? this.programmes.value() : [];
  }

  private uniqueActivities(list: readonly ProgrammeSummary[]): readonly string[] {
    return this.intl.sortByName(
      [...new Set(list.flatMap((p) => p.activities))],
      (activity) => this.label(activity),
      this.lang(),
    );
  }
}
