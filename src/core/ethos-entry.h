/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_ENTRY (ethos_entry_get_type ())

G_DECLARE_FINAL_TYPE (EthosEntry, ethos_entry, ETHOS, ENTRY, GObject)

/* The enums' nicks are the words the database, CSV, JSON and the CLI keep: never change them. */
typedef enum /*< prefix=ETHOS_ENTRY >*/
{
  ETHOS_ENTRY_SUPERVISION, /*< nick=supervision >*/
  ETHOS_ENTRY_CPD,         /*< nick=cpd >*/
} EthosEntryKind;

/* How a supervision session was held: with the supervisor alone, in a supervised group, or
 * among peers. */
typedef enum /*< prefix=ETHOS_SUPERVISION_FORMAT >*/
{
  ETHOS_SUPERVISION_FORMAT_INDIVIDUAL, /*< nick=individual >*/
  ETHOS_SUPERVISION_FORMAT_GROUP,      /*< nick=group >*/
  ETHOS_SUPERVISION_FORMAT_PEER,       /*< nick=peer >*/
} EthosSupervisionFormat;

/* How the people in a supervision session met. */
typedef enum /*< prefix=ETHOS_SUPERVISION_MODE >*/
{
  ETHOS_SUPERVISION_MODE_IN_PERSON, /*< nick=in-person >*/
  ETHOS_SUPERVISION_MODE_VIDEO,     /*< nick=video >*/
  ETHOS_SUPERVISION_MODE_PHONE,     /*< nick=phone >*/
} EthosSupervisionMode;

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
  EthosSupervisionFormat format; /* for CPD: the default, never stored */
  int            group_size; /* people in the group, or -1 */
  EthosSupervisionMode mode; /* for CPD: the default, never stored */
  int            client_minutes; /* client work since the last session, or -1 */
  char          *notes;      /* what was brought */
  char          *actions;

  /* CPD */
  char          *title;
  char          *provider;
  /* formal, work-based, professional, self-directed, other (ethos_cpd_kinds). Kept as its word:
   * no code decides anything by it, so an enum would only add conversions. */
  char          *cpd_kind;
  char          *outcomes;
  char          *impact;
  char          *topics;     /* ethos_cpd_topics it is on, comma-separated, or "" */

  char          *reflection; /* both kinds */
  GPtrArray     *clauses;    /* "code:ref" strings */
  GPtrArray     *evidence;   /* stored file names, for CPD */
  /* For CPD, the item of the CPD plan it carries out: its id, 0 for none. Writing an entry
   * links it when this is set, and unlinks it when it is -1; 0 leaves a link as it was. */
  gint64         plan_id;
};

EthosEntry *ethos_entry_new (EthosEntryKind kind);
EthosEntry *ethos_entry_copy (EthosEntry *self);
const char *ethos_entry_kind_to_string (EthosEntryKind kind);
gboolean    ethos_entry_kind_from_string (const char *text, EthosEntryKind *kind);
gboolean    ethos_entry_validate (EthosEntry *self, GError **error);
int         ethos_entry_max_minutes (EthosEntry *self);
const char *ethos_entry_get_label (EthosEntry *self);
const char *ethos_entry_describe_kind (EthosEntry *self);
char       *ethos_entry_describe_for_reader (EthosEntry *self);

const char *ethos_supervision_format_to_string (EthosSupervisionFormat format);
gboolean    ethos_supervision_format_from_string (const char              *text,
                                                  EthosSupervisionFormat  *format,
                                                  GError                 **error);
const char *ethos_supervision_mode_to_string (EthosSupervisionMode mode);
gboolean    ethos_supervision_mode_from_string (const char            *text,
                                                EthosSupervisionMode  *mode,
                                                GError               **error);

extern const char *const ethos_cpd_kinds[];
/* Topics a CPD activity may be tagged with, for a body that counts hours of one (BABCP: CBT
 * skills workshops), NULL-terminated; and each one's name for people. */
extern const char *const ethos_cpd_topics[];
const char *ethos_cpd_topic_name (const char *topic);

const char *ethos_entry_evidence_name (const char *stored_as);

G_END_DECLS
