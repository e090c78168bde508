/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-entry.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_DRAFT (ethos_draft_get_type ())

G_DECLARE_FINAL_TYPE (EthosDraft, ethos_draft, ETHOS, DRAFT, GObject)

/* What was typed into a diary entry that is not complete yet: each field's text as it was
 * typed (never read as a date or a number), kept so that nothing typed is lost. A plain record
 * with public fields, like EthosEntry. */
struct _EthosDraft
{
  GObject         parent_instance;

  gint64          id;       /* 0 until stored */
  gint64          entry_id; /* the entry it changes; 0 for a new one */
  EthosEntryKind  kind;
  GHashTable     *fields;   /* field name → text as typed */
  char           *problem;  /* why it is not an entry yet, as said when it was kept */
  char           *updated;  /* when it was last kept, UTC, ISO 8601 */
};

EthosDraft *ethos_draft_new (EthosEntryKind kind, gint64 entry_id);
const char *ethos_draft_get (EthosDraft *self, const char *field);
void        ethos_draft_set (EthosDraft *self, const char *field, const char *text);
char       *ethos_draft_fields_to_text (EthosDraft *self);
gboolean    ethos_draft_fields_from_text (EthosDraft *self, const char *text);
gboolean    ethos_draft_is_empty (EthosDraft *self);
char       *ethos_draft_describe (EthosDraft *self);

G_END_DECLS
