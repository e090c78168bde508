/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

gboolean ethos_demo_fill (EthosStore *store, guint count, guint32 seed, GError **error);

G_END_DECLS
