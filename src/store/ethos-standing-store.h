/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-standing.h"
#include "ethos-store.h"

G_BEGIN_DECLS

EthosStanding *ethos_store_get_standing (EthosStore   *self,
                                         const GDate  *today,
                                         GError      **error);

gboolean       ethos_store_get_diary_start (EthosStore  *self,
                                            char       **first,
                                            GError     **error);

G_END_DECLS
