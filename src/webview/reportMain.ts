// Script of the report panel, bundled to media/report.js.
import { startReportView } from './report/reportView';

startReportView(acquireVsCodeApi());
