/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-code-doc.h"
#include "ethos-limits.h"

G_BEGIN_DECLS

#define ETHOS_CODE_ERROR (ethos_code_error_quark ())

typedef enum
{
  ETHOS_CODE_ERROR_EMPTY,
  ETHOS_CODE_ERROR_TOO_LARGE,
  ETHOS_CODE_ERROR_BINARY,
  ETHOS_CODE_ERROR_ENCODING,
  ETHOS_CODE_ERROR_NO_CLAUSES,
  ETHOS_CODE_ERROR_BAD_ID,
} EthosCodeError;

GQuark        ethos_code_error_quark (void);

gboolean      ethos_code_size_check (guint64 size, GError **error);
gboolean      ethos_code_text_check (const char *data, gsize length, GError **error);
void          ethos_code_set_too_long_error (GError **error, const char *text, gboolean clause);
EthosCodeDoc *ethos_code_parse (const char *data, gsize length, GError **error);
char         *ethos_code_slugify (const char *text);
gboolean      ethos_code_id_is_valid (const char *id);

G_END_DECLS
