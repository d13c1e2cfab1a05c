export { ShellComponent } from './lib/shell.component';
export { localeActivate, localeMatch } from './lib/locale.guard';
export { pickLocale, preferredLocaleRedirect } from './lib/preferred-locale';
export { stripLocale } from './lib/menu-items';
