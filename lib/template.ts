/**
 * Fills `{name}` arguments in a translated sentence that reaches the browser as text (messages handed to a client
 * tool, the share message in the recipient's language, search snippets). An argument with no value is left as
 * written, so a missing one shows up in review instead of vanishing. Sentences rendered on the server go through
 * next-intl (with `withSlots` for browser-filled parts), not through this.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}
