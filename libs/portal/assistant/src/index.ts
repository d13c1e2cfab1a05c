export { AssistantWidgetComponent } from './lib/assistant-widget.component';
export type { WidgetCitation, WidgetTurn } from './lib/assistant-widget.component';
export { readEvents, type ServerEvent } from './lib/server-events';
