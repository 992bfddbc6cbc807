// The ids of every row are UUIDs. An id from a URL or a form is checked
// before it reaches SQL: PostgreSQL refuses a malformed uuid with an error,
// where a person should see "not found".

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** The id, or null when the text is not one. */
export const parseId = (value: unknown): string | null => (isUuid(value) ? value : null);
