export { NoticeComponent } from './lib/notice.component';
export { LoadingComponent } from './lib/loading.component';
export { ErrorStateComponent } from './lib/error-state.component';
export { LinkCardComponent } from './lib/link-card.component';
export { PageHeaderComponent } from './lib/page-header.component';
export { LocalDatePipe } from './lib/local-date.pipe';
export { LocalNumberPipe } from './lib/local-number.pipe';
