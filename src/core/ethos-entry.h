/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_ENTRY (ethos_entry_get_type ())

G_DECLARE_FINAL_TYPE (EthosEntry, ethos_entry, ETHOS, ENTRY, GObject)

typedef enum
{
  ETHOS_ENTRY_SUPERVISION,
  ETHOS_ENTRY_CPD,
} EthosEntryKind;

/* One diary entry: a supervision session or a CPD activity. A plain record with public fields,
 * like EthosClause; text fields are never NULL (empty when unset), optional numbers are -1. */
struct _EthosEntry
{
  GObject        parent_instance;

  gint64         id;         /* 0 until stored */
  EthosEntryKind kind;
  char          *date;       /* YYYY-MM-DD */
  char          *end_date;   /* CPD over several days, or NULL */
  int            minutes;

  /* Supervision */
  char          *supervisor;
  char          *format;     /* individual, group, peer */
  int            group_size; /* people in the group, or -1 */
  char          *mode;       /* in-person, video, phone */
  int            client_minutes; /* client work since the last session, or -1 */
  char          *notes;      /* what was brought */
  char          *actions;

  /* CPD */
  char          *title;
  char          *provider;
  char          *cpd_kind;   /* formal, work-based, professional, self-directed, other */
  char          *outcomes;
  char          *impact;

  char          *reflection; /* both kinds */
  GPtrArray     *clauses;    /* "code:ref" strings */
  GPtrArray     *evidence;   /* stored file names, for CPD */
};

EthosEntry *ethos_entry_new (EthosEntryKind kind);
EthosEntry *ethos_entry_copy (EthosEntry *self);
const char *ethos_entry_kind_to_string (EthosEntryKind kind);
gboolean    ethos_entry_kind_from_string (const char *text, EthosEntryKind *kind);
gboolean    ethos_entry_validate (EthosEntry *self, GError **error);
const char *ethos_entry_get_label (EthosEntry *self);

extern const char *const ethos_supervision_formats[];
extern const char *const ethos_supervision_modes[];
extern const char *const ethos_cpd_kinds[];

G_END_DECLS
