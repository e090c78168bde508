/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-clause-reader.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_CODES_PAGE (ethos_codes_page_get_type ())

G_DECLARE_FINAL_TYPE (EthosCodesPage, ethos_codes_page, ETHOS, CODES_PAGE, GtkWidget)

GtkWidget         *ethos_codes_page_new (EthosStore *store);
EthosClauseReader *ethos_codes_page_get_reader (EthosCodesPage *self);
gboolean           ethos_codes_page_open_clause (EthosCodesPage *self,
                                                 const char     *code_id,
                                                 const char     *ref);
gboolean           ethos_codes_page_import_file (EthosCodesPage *self, GFile *file);
void               ethos_codes_page_focus_search (EthosCodesPage *self);
void               ethos_codes_page_show_theme (EthosCodesPage *self, const char *theme_id);
void               ethos_codes_page_show_bookmarks (EthosCodesPage *self);

G_END_DECLS
