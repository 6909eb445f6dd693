// Every table of the desk; the channels engineer's tables live in channels*.ts next to these.
export * from './accounts.ts';
export * from './cases.ts';
export * from './commerce.ts';
