import { ChangeDetectionStrategy, Component } from '@angular/core';

export * from './lib/portal-assistant/portal-assistant';

// Placeholder until the chat widget lands: the portal shell renders <pt-assistant-widget>.
@Component({
  selector: 'pt-assistant-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class AssistantWidgetComponent {}
