/**
 * The column block a claim and a claim event share (which place, who holds it, how much, who
 * says so), with the CLAIMS.md value checks. Used by migrations 002 and 003, which are applied
 * history: never edit it; a changed shape needs a new constant and a new migration.
 */
export const CLAIM_STATE_COLUMNS = `
        place_id      TEXT    NOT NULL,
        place         TEXT    NOT NULL,
        oblast        TEXT    NOT NULL,
        controller    TEXT    NOT NULL CHECK (controller IN ('ru', 'ua', 'contested')),
        scope         TEXT    NOT NULL CHECK (scope IN ('full', 'partial')),
        claimant      TEXT    NOT NULL CHECK (claimant IN ('ru', 'ua', 'independent')),`;
