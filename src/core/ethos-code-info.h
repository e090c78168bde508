/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_CODE_INFO (ethos_code_info_get_type ())

G_DECLARE_FINAL_TYPE (EthosCodeInfo, ethos_code_info, ETHOS, CODE_INFO, GObject)

/* What a list of codes shows of one code. A plain record with public, read-only fields. */
struct _EthosCodeInfo
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *publisher;
  char    *date;
  char    *source;
  char    *citation;
  gboolean imported;
  guint    clause_count;
};

EthosCodeInfo *ethos_code_info_new (void);
const char    *ethos_code_info_get_origin (EthosCodeInfo *self);
const char    *ethos_code_info_get_citation (EthosCodeInfo *self);

G_END_DECLS
