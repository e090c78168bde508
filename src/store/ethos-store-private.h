/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/store only: the SQLite handle and the helpers every table family uses. */

#include <gio/gio.h>
#include <sqlite3.h>

#include "ethos-entry-store.h"
#include "ethos-store.h"

G_BEGIN_DECLS

typedef struct _EthosSearchCache EthosSearchCache;
void ethos_search_cache_free (EthosSearchCache *cache);

struct _EthosStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *data_dir;
  char       *path;
  char       *key;        /* the key it was opened with (every connection to it needs it), or NULL */
  const char *cipher;     /* the cipher settings that key opened it with (static), or NULL */
  GHashTable *statements; /* SQL text -> sqlite3_stmt*, prepared once */
  int         schema_version;
  gboolean    open;              /* opened and checked: writes may now bring the daily backup */
  gint64      next_daily_backup; /* Unix time of the next local midnight after the last one */

  /* ETHOS_STORE_OPEN_CHECK_LATER: the quick check and the day's backup are owed (check_pending)
   * and run in a thread of their own once ethos_store_start_check() or the first write starts
   * them (check_started); the write waits for them. The thread tells check_context how it went.
   * Guarded by check_lock while check_pending. */
  GMutex        check_lock;
  GCond         check_cond;
  gboolean      check_pending;
  gboolean      check_started;
  GError       *check_error;
  GDateTime    *check_now;
  GMainContext *check_context;

  /* What the open transaction has written, said in "changed" once it commits. */
  EthosStoreChange pending_changes;
  /* The entries it moved: the first one, and how many. The same, for the commit being said. */
  EthosEntryMove   pending_move;
  guint            pending_moves;
  EthosEntryMove   said_move;
  guint            said_moves;
  guint            emitting; /* "changed" handlers running, for a write made in one */
  /* The store's clock: the real one moved on by this much (see ethos_store_set_now()). */
  GTimeSpan        clock_offset;

  /* ethos_store_watch_other_writers(): the database and its log, the look put off until a
   * burst of changes has settled, and the data_version last seen. */
  gboolean         watching;
  GFileMonitor    *db_monitor;
  GFileMonitor    *wal_monitor;
  GSource         *settle_source;
  gint64           data_version;

  /* The file SQLite opened (its device and inode, taken just after), to tell whether the one at
   * path is still it: ethos_store_check_file(). */
  gboolean         file_known;
  guint64          file_dev;
  guint64          file_ino;

  /* What a search of the codes knows of them (ethos-clause-search.c). */
  EthosSearchCache *search_cache;
};

/* What one step of a read gave: a row to read, the end of the rows, or a failure (with its
 * error set). A failure is never "no more rows". */
typedef enum
{
  ETHOS_STEP_ROW,
  ETHOS_STEP_DONE,
  ETHOS_STEP_ERROR,
} EthosStep;

typedef struct
{
  int         version;
  const char *sql;
} EthosMigration;

const EthosMigration *ethos_store_migrations (guint *n_migrations);

typedef enum
{
  ETHOS_SCHEMA_SAME,
  ETHOS_SCHEMA_MISSING,
  ETHOS_SCHEMA_ADDED,
  ETHOS_SCHEMA_CHANGED,
  ETHOS_SCHEMA_UNREADABLE,
} EthosSchemaDifference;

/* Evidence files held in the database (ethos-evidence-store.c, ethos-evidence-folder.c). */
char         *ethos_store_keep_evidence (EthosStore  *self,
                                         gint64       entry_id,
                                         const char  *path,
                                         GError     **error);
gboolean      ethos_store_read_into_evidence (EthosStore  *self,
                                              int          fd,
                                              gint64       id,
                                              gint64       size,
                                              const char  *path,
                                              GError     **error);
gboolean      ethos_store_take_in_evidence_folder (EthosStore *self, GError **error);
gboolean      ethos_store_check_evidence (EthosStore    *self,
                                          GStrvBuilder  *found,
                                          guint         *n_found,
                                          GError       **error);

/* One entry as a list shows it, without its links (ethos-entry-queries.c). */
gboolean      ethos_store_read_entry_row (EthosStore  *self,
                                          gint64       id,
                                          EthosEntry **entry,
                                          GError     **error);

/* Drafts (ethos-draft-store.c). */
gboolean      ethos_store_drop_draft_within (EthosStore *self, gint64 id, GError **error);

EthosSchemaDifference ethos_store_schema_difference (sqlite3 *db, int version, char **name);
gboolean              ethos_store_run_migrations (sqlite3  *db,
                                                  int       from,
                                                  int       to,
                                                  int      *failed,
                                                  char    **message);

EthosStore   *ethos_store_open_raw (const char           *data_dir,
                                    EthosStoreOpenFlags   flags,
                                    const char           *key,
                                    GError              **error);
/* ethos-store-damage.c: the check at opening. */
gboolean      ethos_store_check_not_damaged (EthosStore *self, GError **error);
/* ethos-store-key.c: a connection's key. */
gboolean      ethos_store_key_apply (sqlite3 *db, const char *path, const char *key, GError **error);
gboolean      ethos_store_key_apply_like (sqlite3    *db,
                                          const char *path,
                                          const char *key,
                                          sqlite3    *like,
                                          GError    **error);
char         *ethos_store_cipher_settings_sql (sqlite3 *like, const char *schema);
void          ethos_store_set_cipher_defaults (void);
gboolean      ethos_store_cipher_default_is (sqlite3 *db);
const char   *ethos_store_cipher_name (sqlite3 *db);
void          ethos_store_key_free (char *key);
sqlite3      *ethos_store_get_db (EthosStore *self);
sqlite3_stmt *ethos_store_prepare (EthosStore *self, const char *sql, GError **error);
/* The profile's key-value pairs (ethos-profile-store.c). */
char         *ethos_store_profile_value (EthosStore *self, const char *key);
gboolean      ethos_store_set_profile_value (EthosStore  *self,
                                             const char  *key,
                                             const char  *value,
                                             GError     **error);

EthosStep     ethos_store_step (EthosStore *self, sqlite3_stmt *stmt, GError **error);
gboolean      ethos_store_step_done (EthosStore *self, sqlite3_stmt *stmt, GError **error);
gboolean      ethos_store_exec (EthosStore *self, const char *sql, GError **error);
gboolean      ethos_store_run_with_id (EthosStore  *self,
                                       const char  *sql,
                                       gint64       id,
                                       guint       *changes,
                                       GError     **error);
void          ethos_store_run_daily_backup (EthosStore *self, GDateTime *now);
void          ethos_store_start_check_locked (EthosStore *self);
gboolean      ethos_store_checked_cb (gpointer data);
gboolean      ethos_store_begin (EthosStore *self, GError **error);
gboolean      ethos_store_begin_without_backup (EthosStore *self, GError **error);
gboolean      ethos_store_commit (EthosStore *self, GError **error);
void          ethos_store_rollback (EthosStore *self);
void          ethos_store_set_error (EthosStore *self, GError **error, const char *what);
char         *ethos_store_now_utc (void);
gboolean      ethos_store_write_one (EthosStore        *self,
                                     sqlite3_stmt      *stmt,
                                     EthosStoreChange   change,
                                     GError           **error);
void          ethos_store_mark_changed (EthosStore *self, EthosStoreChange change);
void          ethos_store_emit_changed (EthosStore *self, EthosStoreChange change);
gboolean      ethos_store_note_entry_write (EthosStore  *self,
                                            gint64       id,
                                            EthosEntry  *after,
                                            GError     **error);
void          ethos_store_note_entry_id (EthosStore *self, gint64 id);
gboolean      ethos_store_insert_entry_row (EthosStore  *self,
                                            EthosEntry  *entry,
                                            const char  *now,
                                            GError     **error);
GDateTime    *ethos_store_get_now (EthosStore *self);
char         *ethos_store_today (EthosStore *self);
void          ethos_store_stop_watching (EthosStore *self);
gboolean      ethos_store_prepare_file (const char           *data_dir,
                                        const char           *path,
                                        EthosStoreOpenFlags   flags,
                                        GError              **error);
void          ethos_store_remember_file (EthosStore *self);
void          ethos_store_bind_text (sqlite3_stmt *stmt, int index, const char *text);
void          ethos_store_bind_optional_int (sqlite3_stmt *stmt, int index, int value);
const char   *ethos_store_column_text (sqlite3_stmt *stmt, int column);
char         *ethos_store_column_dup (sqlite3_stmt *stmt, int column);
char         *ethos_store_column_dup_nullable (sqlite3_stmt *stmt, int column);
GPtrArray    *ethos_store_read_hits (EthosStore *self, sqlite3_stmt *stmt, GError **error);
gboolean      ethos_store_copy_fd (int in, int out, gboolean *reading);

/* A search's snippet and rank, for ethos_store_read_hits(), from an FTS5 table of a heading and
 * a text: FTS5's snippet() for a text of up to 2,000 characters; for a longer one, where the
 * time snippet() takes grows with the square of the matches in it, the heading and the text
 * highlighted whole, for the hit's snippet to be cut from them in one pass. */
#define ETHOS_STORE_SNIPPET_MAX_CHARS "2000"
#define ETHOS_STORE_SNIPPET_COLUMNS(table, text)                                                   \
  "CASE WHEN length (" table "." text ") <= " ETHOS_STORE_SNIPPET_MAX_CHARS                         \
  "  THEN snippet (" table ", -1, char (2), char (3), '…', 16) END, rank, "                          \
  "CASE WHEN length (" table "." text ") > " ETHOS_STORE_SNIPPET_MAX_CHARS                          \
  "  THEN highlight (" table ", 0, char (2), char (3)) END, "                                       \
  "CASE WHEN length (" table "." text ") > " ETHOS_STORE_SNIPPET_MAX_CHARS                          \
  "  THEN highlight (" table ", 1, char (2), char (3)) END "

gboolean      ethos_code_store_sync_shipped (EthosStore *self, GError **error);

void          ethos_store_set_no_reminder (GError **error, gint64 id);
gboolean      ethos_store_derive_reminders (EthosStore *self, const char *today, GError **error);
void          ethos_store_derive_reminders_today (EthosStore *self);

gboolean      ethos_backup_prepare_dir (const char *dir, GError **error);
char         *ethos_backup_temp_file (const char *dir, GError **error);
void          ethos_backup_discard (const char *path);
void          ethos_backup_remove_stale_temp_files (const char *dir);
void          ethos_offdisk_note_copy (const char *data_dir,
                                       const char *dest,
                                       const char *copy,
                                       GDateTime  *now);
void          ethos_backups_rotate (GPtrArray *backups, const char *keep);
/* For tests only: called with each copy off this disk once it is written and synced, before it
 * is read back (ethos-backup-copy.c), to stand for a drive that damages what it is given. */
typedef void (*EthosBackupCopyHook) (const char *path);
extern EthosBackupCopyHook ethos_backup_copy_written_hook;

G_END_DECLS
