/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-entry.h"
#include "ethos-search-hit.h"
#include "ethos-store.h"

G_BEGIN_DECLS

/**
 * EthosEntryMove:
 * @id: the entry
 * @old_kind: its kind before the write (an #EthosEntryKind)
 * @old_date: its date before the write, or "" when the write added it
 * @new_kind: its kind after the write
 * @new_date: its date after the write, or "" when the write removed it
 *
 * Where one entry went in the diary's order (newest first), for a view to move one row rather
 * than read the whole diary again. See ethos_store_get_entry_move().
 */
typedef struct
{
  gint64 id;
  int    old_kind;
  char   old_date[11];
  int    new_kind;
  char   new_date[11];
} EthosEntryMove;

gboolean    ethos_store_get_entry_move (EthosStore *self, EthosEntryMove *move);
gboolean    ethos_store_count_entries_before (EthosStore  *self,
                                              int          kind,
                                              const char  *from,
                                              const char  *to,
                                              const char  *date,
                                              gint64       id,
                                              guint       *count,
                                              GError     **error);
gboolean    ethos_store_add_entry (EthosStore *self, EthosEntry *entry, GError **error);
gboolean    ethos_store_add_entry_with_evidence (EthosStore          *self,
                                                 EthosEntry          *entry,
                                                 const char * const  *evidence,
                                                 GError             **error);
gboolean    ethos_store_update_entry_with_evidence (EthosStore          *self,
                                                    EthosEntry          *entry,
                                                    const char * const  *evidence,
                                                    GError             **error);
gboolean    ethos_store_save_drafted_entry (EthosStore  *self,
                                            EthosEntry  *entry,
                                            gint64       draft_id,
                                            GError     **error);
gboolean    ethos_store_add_entries (EthosStore *self, GPtrArray *entries, GError **error);
gboolean    ethos_store_update_entry (EthosStore *self, EthosEntry *entry, GError **error);
gboolean    ethos_store_delete_entry (EthosStore *self, gint64 id, GError **error);
EthosEntry *ethos_store_get_entry (EthosStore *self, gint64 id, GError **error);
GPtrArray  *ethos_store_list_entries (EthosStore  *self,
                                      int          kind,
                                      const char  *from,
                                      const char  *to,
                                      gboolean     with_links,
                                      GError     **error);
GPtrArray  *ethos_store_list_entries_page (EthosStore  *self,
                                           int          kind,
                                           const char  *before_date,
                                           gint64       before_id,
                                           guint        limit,
                                           GError     **error);
GPtrArray  *ethos_store_list_entries_at (EthosStore  *self,
                                         int          kind,
                                         const char  *from,
                                         const char  *to,
                                         guint        offset,
                                         guint        limit,
                                         GError     **error);
guint       ethos_store_count_entries (EthosStore *self, int kind);
guint       ethos_store_count_entries_between (EthosStore *self,
                                               int         kind,
                                               const char *from,
                                               const char *to);
char       *ethos_store_add_evidence (EthosStore  *self,
                                      gint64       entry_id,
                                      const char  *path,
                                      GError     **error);
GStrv       ethos_store_list_supervisors (EthosStore *self);
char       *ethos_store_save_evidence (EthosStore  *self,
                                       const char  *stored_as,
                                       const char  *dir,
                                       GError     **error);

G_END_DECLS
