/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a column of an imported table holds. The nicks are the words of ethos-cli's
 * --map COLUMN=FIELD: never change them. */
typedef enum /*< prefix=ETHOS_IMPORT_FIELD >*/
{
  ETHOS_IMPORT_FIELD_IGNORE,       /*< nick=ignore >*/
  ETHOS_IMPORT_FIELD_DATE,         /*< nick=date >*/
  ETHOS_IMPORT_FIELD_END_DATE,     /*< nick=end-date >*/
  ETHOS_IMPORT_FIELD_DURATION,     /*< nick=duration >*/
  ETHOS_IMPORT_FIELD_HOURS,        /*< nick=hours >*/
  ETHOS_IMPORT_FIELD_MINUTES,      /*< nick=minutes >*/
  ETHOS_IMPORT_FIELD_SUPERVISOR,   /*< nick=supervisor >*/
  ETHOS_IMPORT_FIELD_TITLE,        /*< nick=title >*/
  ETHOS_IMPORT_FIELD_PROVIDER,     /*< nick=provider >*/
  ETHOS_IMPORT_FIELD_TYPE,         /*< nick=type >*/
  ETHOS_IMPORT_FIELD_FORMAT,       /*< nick=format >*/
  ETHOS_IMPORT_FIELD_MODE,         /*< nick=mode >*/
  ETHOS_IMPORT_FIELD_GROUP_SIZE,   /*< nick=group-size >*/
  ETHOS_IMPORT_FIELD_CLIENT_HOURS, /*< nick=client-hours >*/
  ETHOS_IMPORT_FIELD_NOTES,        /*< nick=notes >*/
  ETHOS_IMPORT_FIELD_ACTIONS,      /*< nick=actions >*/
  ETHOS_IMPORT_FIELD_REFLECTION,   /*< nick=reflection >*/
  ETHOS_IMPORT_FIELD_OUTCOMES,     /*< nick=outcomes >*/
  ETHOS_IMPORT_FIELD_IMPACT,       /*< nick=impact >*/
} EthosImportField;

#define ETHOS_IMPORT_N_FIELDS (ETHOS_IMPORT_FIELD_IMPACT + 1)

const char       *ethos_import_field_to_string (EthosImportField field);
gboolean          ethos_import_field_from_string (const char       *text,
                                                  EthosImportField *field,
                                                  GError          **error);
const char       *ethos_import_field_label (EthosImportField field);
char             *ethos_import_normalize_header (const char *header);
EthosImportField  ethos_import_field_for_header (const char *header);

/* What a "Type" cell says an activity was: a supervision session (and its format), or a CPD
 * activity of one of ethos_cpd_kinds. */
gboolean          ethos_import_type_is_supervision (const char *text);
const char       *ethos_import_cpd_kind_for (const char *text);
gboolean          ethos_import_format_for (const char *text, int *format);
gboolean          ethos_import_mode_for (const char *text, int *mode);

G_END_DECLS
