/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include "ethos-store-private.h"

/* Numbered migrations, applied in order, each in its own transaction. Never edit one that has
 * shipped: add the next. Each ends by setting user_version to its own number. */

static const EthosMigration migrations[] = {
  { 1,
    /* The codes: shipped ones are replaced when their content changes; user data refers to
     * clauses by (code_id, ref), never by row id. */
    "CREATE TABLE codes ("
    "  id           TEXT PRIMARY KEY,"
    "  title        TEXT NOT NULL,"
    "  publisher    TEXT,"
    "  date         TEXT,"
    "  source       TEXT,"
    "  citation     TEXT,"
    "  origin       TEXT NOT NULL CHECK (origin IN ('shipped', 'imported')),"
    "  content_hash TEXT NOT NULL,"
    "  added        TEXT NOT NULL"
    ");"
    "CREATE TABLE clauses ("
    "  id         INTEGER PRIMARY KEY,"
    "  code_id    TEXT NOT NULL REFERENCES codes (id) ON DELETE CASCADE,"
    "  position   INTEGER NOT NULL,"
    "  ref        TEXT NOT NULL,"
    "  parent     TEXT,"
    "  title      TEXT,"
    "  section    TEXT,"
    "  text       TEXT NOT NULL,"
    "  level      INTEGER NOT NULL,"
    "  is_section INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (code_id, ref)"
    ");"
    "CREATE INDEX clauses_in_order ON clauses (code_id, position);"
    /* Its own copy of the searchable text (rowid = clauses.id): headings weigh more in bm25. */
    "CREATE VIRTUAL TABLE clause_search USING fts5 ("
    "  heading, text,"
    "  tokenize = 'porter unicode61 remove_diacritics 2',"
    "  prefix = '2 3'"
    ");"
    "PRAGMA user_version = 1;" },
  { 2,
    /* What the practitioner adds to the codes. */
    "CREATE TABLE bookmarks ("
    "  code_id TEXT NOT NULL,"
    "  ref     TEXT NOT NULL,"
    "  created TEXT NOT NULL,"
    "  PRIMARY KEY (code_id, ref)"
    ");"
    "CREATE TABLE clause_notes ("
    "  code_id TEXT NOT NULL,"
    "  ref     TEXT NOT NULL,"
    "  note    TEXT NOT NULL,"
    "  updated TEXT NOT NULL,"
    "  PRIMARY KEY (code_id, ref)"
    ");"
    "PRAGMA user_version = 2;" },
  { 3,
    /* The practitioner, and the diary: supervision sessions and CPD activities in one table,
     * so that the Diary lists both newest first by one index. Durations are minutes. */
    "CREATE TABLE profile ("
    "  key   TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL"
    ");"
    "CREATE TABLE profile_bodies ("
    "  body_id           TEXT PRIMARY KEY,"
    "  position          INTEGER NOT NULL,"
    "  membership_number TEXT"
    ");"
    "CREATE TABLE body_overrides ("
    "  body_id TEXT NOT NULL,"
    "  key     TEXT NOT NULL,"
    "  value   TEXT NOT NULL,"
    "  PRIMARY KEY (body_id, key)"
    ");"
    "CREATE TABLE opening_balances ("
    "  body_id      TEXT NOT NULL,"
    "  period_start TEXT NOT NULL,"
    "  minutes      INTEGER NOT NULL CHECK (minutes >= 0),"
    "  PRIMARY KEY (body_id, period_start)"
    ");"
    "CREATE TABLE supervisors ("
    "  id   INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
    ");"
    "CREATE TABLE entries ("
    "  id             INTEGER PRIMARY KEY,"
    "  kind           TEXT NOT NULL CHECK (kind IN ('supervision', 'cpd')),"
    "  date           TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
    "  end_date       TEXT,"
    "  minutes        INTEGER NOT NULL CHECK (minutes > 0),"
    "  supervisor_id  INTEGER REFERENCES supervisors (id),"
    "  format         TEXT CHECK (format IN ('individual', 'group', 'peer')),"
    "  group_size     INTEGER CHECK (group_size IS NULL OR group_size >= 2),"
    "  mode           TEXT CHECK (mode IN ('in-person', 'video', 'phone')),"
    "  client_minutes INTEGER CHECK (client_minutes IS NULL OR client_minutes >= 0),"
    "  title          TEXT NOT NULL DEFAULT '',"
    "  provider       TEXT NOT NULL DEFAULT '',"
    "  cpd_kind       TEXT CHECK (cpd_kind IN ('formal', 'work-based', 'professional',"
    "                                          'self-directed', 'other')),"
    "  notes          TEXT NOT NULL DEFAULT '',"
    "  actions        TEXT NOT NULL DEFAULT '',"
    "  reflection     TEXT NOT NULL DEFAULT '',"
    "  outcomes       TEXT NOT NULL DEFAULT '',"
    "  impact         TEXT NOT NULL DEFAULT '',"
    "  created        TEXT NOT NULL,"
    "  updated        TEXT NOT NULL,"
    "  CHECK ((kind = 'supervision' AND format IS NOT NULL AND mode IS NOT NULL)"
    "      OR (kind = 'cpd' AND cpd_kind IS NOT NULL AND title <> ''))"
    ");"
    "CREATE INDEX entries_newest ON entries (date DESC, id DESC);"
    "CREATE INDEX entries_newest_by_kind ON entries (kind, date DESC, id DESC);"
    "CREATE TABLE entry_clauses ("
    "  entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
    "  code_id  TEXT NOT NULL,"
    "  ref      TEXT NOT NULL,"
    "  PRIMARY KEY (entry_id, code_id, ref)"
    ");"
    "CREATE TABLE evidence ("
    "  id        INTEGER PRIMARY KEY,"
    "  entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
    "  file_name TEXT NOT NULL,"
    "  stored_as TEXT NOT NULL UNIQUE,"
    "  added     TEXT NOT NULL"
    ");"
    "CREATE INDEX evidence_by_entry ON evidence (entry_id);"
    /* All the diary's text, searchable; kept by triggers so it can never drift. */
    "CREATE VIRTUAL TABLE entry_search USING fts5 ("
    "  title, body,"
    "  tokenize = 'porter unicode61 remove_diacritics 2',"
    "  prefix = '2 3'"
    ");"
    "CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN"
    "  INSERT INTO entry_search (rowid, title, body) VALUES (new.id,"
    "    new.title || ' ' || coalesce ((SELECT name FROM supervisors WHERE id = new.supervisor_id), ''),"
    "    new.provider || ' ' || new.notes || ' ' || new.actions || ' ' || new.reflection || ' ' ||"
    "    new.outcomes || ' ' || new.impact);"
    "END;"
    "CREATE TRIGGER entries_search_update AFTER UPDATE ON entries BEGIN"
    "  DELETE FROM entry_search WHERE rowid = old.id;"
    "  INSERT INTO entry_search (rowid, title, body) VALUES (new.id,"
    "    new.title || ' ' || coalesce ((SELECT name FROM supervisors WHERE id = new.supervisor_id), ''),"
    "    new.provider || ' ' || new.notes || ' ' || new.actions || ' ' || new.reflection || ' ' ||"
    "    new.outcomes || ' ' || new.impact);"
    "END;"
    "CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN"
    "  DELETE FROM entry_search WHERE rowid = old.id;"
    "END;"
    "PRAGMA user_version = 3;" },
  { 4,
    /* Rank inside FTS5 with the weights (headings and titles count more): "ORDER BY rank"
     * lets it skip work that bm25() in the query would do for every match. */
    "INSERT INTO clause_search (clause_search, rank) VALUES ('rank', 'bm25(4.0, 1.0)');"
    "INSERT INTO entry_search (entry_search, rank) VALUES ('rank', 'bm25(3.0, 1.0)');"
    "PRAGMA user_version = 4;" },
  { 5,
    /* Reminders: renewals, rechecks and deadlines. A stage fires at most once for each due
     * date (reminder_fired); completions are kept as history. */
    "CREATE TABLE reminders ("
    "  id              INTEGER PRIMARY KEY,"
    "  title           TEXT NOT NULL CHECK (title <> ''),"
    "  kind            TEXT NOT NULL,"
    "  due             TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
    "  due_time        TEXT,"
    "  anchor          TEXT NOT NULL,"
    "  lead_days       TEXT NOT NULL DEFAULT '',"
    "  every           TEXT NOT NULL DEFAULT '',"
    "  from_completion INTEGER NOT NULL DEFAULT 0,"
    "  clause          TEXT,"
    "  notes           TEXT NOT NULL DEFAULT '',"
    "  snoozed_until   TEXT,"
    "  done            INTEGER NOT NULL DEFAULT 0,"
    "  created         TEXT NOT NULL,"
    "  updated         TEXT NOT NULL"
    ");"
    "CREATE INDEX reminders_by_due ON reminders (done, due);"
    "CREATE TABLE reminder_completions ("
    "  reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,"
    "  due         TEXT NOT NULL,"
    "  done_on     TEXT NOT NULL,"
    "  recorded    TEXT NOT NULL"
    ");"
    "CREATE TABLE reminder_fired ("
    "  reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,"
    "  due         TEXT NOT NULL,"
    "  stage       TEXT NOT NULL,"
    "  fired       TEXT NOT NULL,"
    "  PRIMARY KEY (reminder_id, due, stage)"
    ");"
    "CREATE TABLE events ("
    "  id      INTEGER PRIMARY KEY,"
    "  kind    TEXT NOT NULL,"
    "  date    TEXT NOT NULL,"
    "  time    TEXT,"
    "  notes   TEXT NOT NULL DEFAULT '',"
    "  created TEXT NOT NULL"
    ");"
    "PRAGMA user_version = 5;" },
  { 6,
    /* Reminders Ethos keeps itself, from the diary: a supervision gap, a CPD shortfall. */
    "ALTER TABLE reminders ADD COLUMN source TEXT;"
    "CREATE UNIQUE INDEX reminders_by_source ON reminders (source) WHERE source IS NOT NULL;"
    "PRAGMA user_version = 6;" },
  { 7,
    /* What the standing and the totals read of each entry, in the index itself: judging a
     * CPD period of three years in a 100,000-entry diary reads the index alone (under a
     * millisecond) rather than each row's page (7 ms), and it is judged again after each write. */
    "CREATE INDEX entries_facts ON entries (kind, date, minutes, end_date, cpd_kind, format,"
    "  group_size, client_minutes);"
    "PRAGMA user_version = 7;" },
  { 8,
    /* Whom a body's rules bind: the practitioner's membership class in each body (the
     * practice, full- or part-time, is a profile key). And the months the practitioner saw no
     * clients, which a body such as BACP does not judge. */
    "ALTER TABLE profile_bodies ADD COLUMN membership_class TEXT;"
    "CREATE TABLE month_breaks ("
    "  month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),"
    "  note  TEXT NOT NULL DEFAULT ''"
    ");"
    "PRAGMA user_version = 8;" },
  { 9,
    /* The topics a CPD activity is on (BABCP counts hours of CBT skills workshops), and
     * whether it has a reflective statement, in the index the standing reads. */
    "ALTER TABLE entries ADD COLUMN topics TEXT NOT NULL DEFAULT '';"
    "DROP INDEX entries_facts;"
    "CREATE INDEX entries_facts ON entries (kind, date, minutes, end_date, cpd_kind, format,"
    "  group_size, client_minutes, topics, reflection <> '');"
    "PRAGMA user_version = 9;" },
  { 10,
    /* Evidence files inside the database, so that a backup is the whole record: the file's
     * bytes and its length. NULL content is a file not (yet) taken in from the evidence folder
     * Ethos kept them in before. */
    "ALTER TABLE evidence ADD COLUMN size INTEGER CHECK (size IS NULL OR size >= 0);"
    "ALTER TABLE evidence ADD COLUMN content BLOB;"
    "PRAGMA user_version = 10;" },
  { 11,
    /* What was typed into an entry that is not complete yet, kept as it was typed, so that
     * nothing typed is lost: a new entry (entry_id NULL) or changes to one. Never counted. */
    "CREATE TABLE drafts ("
    "  id       INTEGER PRIMARY KEY,"
    "  entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,"
    "  kind     TEXT NOT NULL CHECK (kind IN ('supervision', 'cpd')),"
    "  fields   TEXT NOT NULL,"
    "  problem  TEXT NOT NULL DEFAULT '',"
    "  updated  TEXT NOT NULL"
    ");"
    "CREATE UNIQUE INDEX drafts_by_entry ON drafts (entry_id) WHERE entry_id IS NOT NULL;"
    "PRAGMA user_version = 11;" },
  { 12,
    /* How to reach each supervisor, which an audit asks for: NULL is not given. */
    "ALTER TABLE supervisors ADD COLUMN email TEXT;"
    "ALTER TABLE supervisors ADD COLUMN phone TEXT;"
    "ALTER TABLE supervisors ADD COLUMN accreditation TEXT;"
    "PRAGMA user_version = 12;" },
  { 13,
    /* The CPD plan, as BACP and HCPC describe the cycle: for each learning need, the
     * activities planned and a target date; an activity in the diary carries out at most one
     * item (deleting the item leaves the activity, unlinked). */
    "CREATE TABLE cpd_plan_items ("
    "  id      INTEGER PRIMARY KEY,"
    "  title   TEXT NOT NULL,"
    "  need    TEXT NOT NULL DEFAULT '',"
    "  target  TEXT CHECK (target IS NULL"
    "                      OR target GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
    "  created TEXT NOT NULL"
    ");"
    "CREATE TABLE cpd_plan_links ("
    "  entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,"
    "  plan_id  INTEGER NOT NULL REFERENCES cpd_plan_items (id) ON DELETE CASCADE"
    ");"
    "CREATE INDEX cpd_plan_links_by_plan ON cpd_plan_links (plan_id);"
    "PRAGMA user_version = 13;" },
  { 14,
    /* The client-hours log: the client work of each month, as the practitioner logs it, for
     * the hours accreditation asks for. */
    "CREATE TABLE client_hours ("
    "  month   TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),"
    "  minutes INTEGER NOT NULL CHECK (minutes >= 0 AND minutes <= 44640)"
    ");"
    "PRAGMA user_version = 14;" },
  { 15,
    /* The clauses again, as written: for words matched as typed above their stems, for
     * completing the word being typed ("police" no longer completes to "policy" by its stem
     * "polic"), and for the vocabulary a misspelt word is corrected from. */
    "CREATE VIRTUAL TABLE clause_words USING fts5 ("
    "  heading, text,"
    "  tokenize = 'unicode61 remove_diacritics 2',"
    "  prefix = '2 3'"
    ");"
    "INSERT INTO clause_words (rowid, heading, text) "
    "  SELECT rowid, heading, text FROM clause_search;"
    "PRAGMA user_version = 15;" },
  { 16,
    /* A CPD plan item is done when the practitioner says so (an activity may be one of
     * several): the day it was marked done, NULL while it is not. Items an activity carried out
     * before this, which counted as done, are kept done on that activity's day. */
    "ALTER TABLE cpd_plan_items ADD COLUMN done TEXT CHECK (done IS NULL"
    "  OR done GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');"
    "UPDATE cpd_plan_items SET done = (SELECT max (e.date) FROM cpd_plan_links l"
    "  JOIN entries e ON e.id = l.entry_id WHERE l.plan_id = cpd_plan_items.id);"
    "PRAGMA user_version = 16;" },
  { 17,
    /* Records brought in from a table (issue 20): each import is a batch, and its entries say
     * which, so that the whole import can be undone. No foreign key on the entries' column, so
     * that the column can be dropped again (a test's rollback); undoing deletes the entries
     * before their batch. */
    "CREATE TABLE import_batch ("
    "  id        INTEGER PRIMARY KEY,"
    "  file_name TEXT NOT NULL,"
    "  imported  TEXT NOT NULL"
    ");"
    "ALTER TABLE entries ADD COLUMN import_batch INTEGER;"
    "CREATE INDEX entries_by_import_batch ON entries (import_batch) "
    "  WHERE import_batch IS NOT NULL;"
    "PRAGMA user_version = 17;" },
};

const EthosMigration *
ethos_store_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

/* Runs the migrations after schema @from up to and including @to on @db, inside whatever
 * transaction the caller holds. On failure @failed gets the schema that could not be made and
 * @message SQLite's words (free with sqlite3_free()). Only Ethos's own constant DDL is run,
 * with its own "PRAGMA user_version": nothing in it comes from outside. */
gboolean
ethos_store_run_migrations (sqlite3 *db, int from, int to, int *failed, char **message)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].version <= from || migrations[i].version > to)
        continue;
      if (sqlite3_exec (db, migrations[i].sql, NULL, NULL, message) != SQLITE_OK)
        {
          *failed = migrations[i].version;
          return FALSE;
        }
    }
  return TRUE;
}
