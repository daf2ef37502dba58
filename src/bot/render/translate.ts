/** A translation function bound to one language (ctx.t, or i18n.t with a fixed locale). */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;
