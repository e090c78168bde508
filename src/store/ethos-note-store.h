/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

gboolean   ethos_store_set_bookmarked (EthosStore  *self,
                                       const char  *code_id,
                                       const char  *ref,
                                       gboolean     bookmarked,
                                       GError     **error);
gboolean   ethos_store_is_bookmarked (EthosStore *self, const char *code_id, const char *ref);
GPtrArray *ethos_store_list_bookmarks (EthosStore *self, GError **error);
gboolean   ethos_store_set_note (EthosStore  *self,
                                 const char  *code_id,
                                 const char  *ref,
                                 const char  *note,
                                 GError     **error);
char      *ethos_store_get_note (EthosStore  *self,
                                 const char  *code_id,
                                 const char  *ref,
                                 GError     **error);

G_END_DECLS
