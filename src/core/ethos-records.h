/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The level of a DBS check, as the certificate says. */
typedef enum /*< prefix=ETHOS_DBS_LEVEL >*/
{
  ETHOS_DBS_LEVEL_BASIC,           /*< nick=basic >*/
  ETHOS_DBS_LEVEL_STANDARD,        /*< nick=standard >*/
  ETHOS_DBS_LEVEL_ENHANCED,        /*< nick=enhanced >*/
  ETHOS_DBS_LEVEL_ENHANCED_BARRED, /*< nick=enhanced-barred >*/
} EthosDbsLevel;

/* The records an audit asks to see besides the diary: the indemnity insurance and the DBS
 * certificate. Every field may be NULL: not given. Dates are YYYY-MM-DD. */
typedef struct
{
  char *insurer;
  char *policy;
  char *cover_from;
  char *cover_to;
  char *cover_amount;          /* as the schedule says it: "£6 million" */
  char *dbs_certificate;       /* the certificate's 12 digits */
  char *dbs_issued;
  char *dbs_level;             /* an EthosDbsLevel nick */
  char *update_service;        /* the Update Service subscription id */
  char *update_service_renews;
} EthosRecords;

/* The fields in order, each with the profile key it is kept under. */
typedef struct
{
  const char *key;
  gsize       offset;
} EthosRecordField;

extern const EthosRecordField ethos_record_fields[];
extern const guint            ethos_n_record_fields;

EthosRecords *ethos_records_new (void);
void          ethos_records_free (EthosRecords *records);
char        **ethos_records_field (EthosRecords *records, guint field);
gboolean      ethos_records_check (EthosRecords *records, GError **error);
char         *ethos_records_describe_insurance (const EthosRecords *records);
char         *ethos_records_describe_dbs (const EthosRecords *records);
const char   *ethos_dbs_level_name (const char *nick);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosRecords, ethos_records_free)

G_END_DECLS
