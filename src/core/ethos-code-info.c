/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-info"

#include "config.h"

#include "ethos-code-info.h"

G_DEFINE_FINAL_TYPE (EthosCodeInfo, ethos_code_info, G_TYPE_OBJECT)

static void
ethos_code_info_finalize (GObject *object)
{
  EthosCodeInfo *self = ETHOS_CODE_INFO (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->date);
  g_free (self->source);
  g_free (self->citation);

  G_OBJECT_CLASS (ethos_code_info_parent_class)->finalize (object);
}

static void
ethos_code_info_class_init (EthosCodeInfoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_code_info_finalize;
}

static void
ethos_code_info_init (EthosCodeInfo *self)
{
}

EthosCodeInfo *
ethos_code_info_new (void)
{
  return g_object_new (ETHOS_TYPE_CODE_INFO, NULL);
}

/* "shipped" or "imported", as the command line prints it. */
const char *
ethos_code_info_get_origin (EthosCodeInfo *self)
{
  g_return_val_if_fail (ETHOS_IS_CODE_INFO (self), NULL);

  return self->imported ? "imported" : "shipped";
}

/* The short name a citation starts with; the title when the code gives none. */
const char *
ethos_code_info_get_citation (EthosCodeInfo *self)
{
  g_return_val_if_fail (ETHOS_IS_CODE_INFO (self), NULL);

  if (self->citation != NULL && self->citation[0] != '\0')
    return self->citation;
  return self->title;
}
