export * from './article.ts'
export * from './canonical-url.ts'
export * from './escape-html.ts'
export * from './ids.ts'
