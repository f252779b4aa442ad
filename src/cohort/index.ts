export * from './columns.ts';
export * from './fields.ts';
export * from './customer.ts';
export * from './build.ts';
export * from './parse.ts';
export * from './samples/index.ts';
