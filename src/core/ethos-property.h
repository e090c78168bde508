/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The flags of every property of a public record (EthosEntry, EthosReminder): it says a change
 * itself, and only when there is one. */
#define ETHOS_PROPERTY_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

void ethos_property_set_string (GObject *object, GParamSpec *pspec, char **field, const char *value);
void ethos_property_set_data (GObject       *object,
                              GParamSpec    *pspec,
                              gpointer       field,
                              gconstpointer  value,
                              gsize          size);

/* Sets @field (a number, an enum or a gboolean) of a record to @value, as
 * ethos_property_set_data(). */
#define ETHOS_PROPERTY_SET(object, pspec, field, value)                                            \
  G_STMT_START                                                                                     \
  {                                                                                                \
    __typeof__ (field) ethos_property_value_ = (value);                                            \
    ethos_property_set_data ((object), (pspec), &(field), &ethos_property_value_,                  \
                             sizeof ethos_property_value_);                                        \
  }                                                                                                \
  G_STMT_END

G_END_DECLS
