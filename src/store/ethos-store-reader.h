/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

EthosStore *ethos_store_open_reader (EthosStore *self, GError **error);

G_END_DECLS
