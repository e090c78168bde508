/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-clause.h"
#include "ethos-code-info.h"
#include "ethos-search-hit.h"
#include "ethos-search-results.h"
#include "ethos-store.h"

G_BEGIN_DECLS

GPtrArray     *ethos_store_list_codes (EthosStore *self, GError **error);
EthosCodeInfo *ethos_store_get_code (EthosStore *self, const char *code_id, GError **error);
GPtrArray     *ethos_store_list_clauses (EthosStore *self, const char *code_id, GError **error);
EthosClause   *ethos_store_get_clause (EthosStore  *self,
                                       const char  *code_id,
                                       const char  *ref,
                                       GError     **error);
char          *ethos_store_cite (EthosStore  *self,
                                 const char  *code_id,
                                 const char  *ref,
                                 GError     **error);
char          *ethos_store_cite_link (EthosStore *self, const char *link, GError **error);
char          *ethos_store_find_cited_clause (EthosStore  *self,
                                              const char  *written,
                                              GError     **error);
gboolean       ethos_store_check_clause_link (EthosStore  *self,
                                              const char  *link,
                                              GError     **error);
EthosSearchResults *ethos_store_search_codes (EthosStore  *self,
                                              const char  *query,
                                              const char  *code_id,
                                              guint        limit,
                                              GError     **error);
GPtrArray     *ethos_store_search_clauses (EthosStore  *self,
                                           const char  *query,
                                           const char  *code_id,
                                           guint        limit,
                                           GError     **error);
char          *ethos_store_import_code (EthosStore  *self,
                                        const char  *data,
                                        gsize        length,
                                        const char  *code_id,
                                        const char  *title,
                                        const char  *file_name,
                                        GError     **error);
gboolean       ethos_store_remove_code (EthosStore *self, const char *code_id, GError **error);

G_END_DECLS
