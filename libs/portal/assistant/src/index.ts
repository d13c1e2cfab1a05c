export { AssistantWidgetComponent, readEvents } from './lib/assistant-widget.component';
export type { WidgetCitation, WidgetTurn } from './lib/assistant-widget.component';
