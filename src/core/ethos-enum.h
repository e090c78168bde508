/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *ethos_enum_to_nick (GType type, int value);
gboolean    ethos_enum_from_nick (GType        type,
                                  const char  *nick,
                                  int         *value,
                                  const char  *message,
                                  GError     **error);

G_END_DECLS
