/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Codes page's insides, shared by ethos-codes-page.c (the contents and the reader),
 * ethos-codes-page-sidebar.c, ethos-codes-page-search.c and ethos-codes-page-actions.c. */

#include "ethos-clause-reader.h"
#include "ethos-code-info.h"
#include "ethos-codes-page.h"
#include "ethos-list-feeder.h"
#include "ethos-theme-view.h"

G_BEGIN_DECLS

struct _EthosCodesPage
{
  GtkWidget          parent_instance;

  AdwLeaflet        *leaflet;
  GtkSearchEntry    *search_entry;
  GtkCheckButton    *this_code_only;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkListBox        *codes_list;
  GtkListBox        *library_list;
  GtkListBox        *themes_list;
  GtkListBoxRow     *bookmarks_row;
  GtkLabel          *contents_title;
  GtkButton         *remove_button;
  GtkStack          *contents_stack;
  GtkListView       *clause_view;
  GtkListView       *hit_view;
  GtkLabel          *search_summary;
  GtkListView       *bookmark_view;
  EthosThemeView    *theme_view;
  EthosClauseReader *reader;

  EthosStore        *store;
  GListStore        *codes;     /* EthosCodeInfo */
  GListStore        *clauses;   /* EthosClause of the open code */
  GListStore        *hits;      /* EthosSearchHit */
  EthosListFeeder   *hits_feeder; /* hits into the list a screenful at a time */
  GListStore        *bookmarks; /* EthosClause */
  GPtrArray         *themes;    /* EthosTheme */
  EthosCodeInfo     *code;      /* the open code */
  char              *browse_page; /* what the contents showed before a search */
  char              *browse_title;
  gboolean           from_list;   /* the clause being opened was chosen in the contents */
  GSettings         *settings;    /* NULL without the schema */
  gboolean           scroll_on_map; /* the contents list is to show the reader's clause when shown */
  guint              scroll_source;
  GtkFileChooserNative *chooser;
};

/* ethos-codes-page.c */
void           ethos_codes_page_toast (EthosCodesPage *self, const char *title);
void           ethos_codes_page_show_error (EthosCodesPage *self, const char *message);
void           ethos_codes_page_replace_all (GListStore *store, GPtrArray *items);
void           ethos_codes_page_scroll_to_item (GtkListView *view, guint position);
EthosCodeInfo *ethos_codes_page_find_code (EthosCodesPage *self,
                                           const char     *code_id,
                                           guint          *position);
void           ethos_codes_page_set_contents (EthosCodesPage *self,
                                              const char     *page,
                                              const char     *title);
void           ethos_codes_page_set_browse (EthosCodesPage *self,
                                            const char     *page,
                                            const char     *title);
gboolean       ethos_codes_page_load_code (EthosCodesPage *self, const char *code_id);
gboolean       ethos_codes_page_browse_code (EthosCodesPage *self, const char *code_id);
void           ethos_codes_page_open_code (EthosCodesPage *self, const char *code_id);

/* ethos-codes-page-sidebar.c */
gboolean       ethos_codes_page_reload_codes (EthosCodesPage *self);
void           ethos_codes_page_select_code_row (EthosCodesPage *self, const char *code_id);
void           ethos_codes_page_refresh_bookmarks (EthosCodesPage *self);
void           ethos_codes_page_fill_themes (EthosCodesPage *self);
void           ethos_codes_page_sidebar_class_init (GtkWidgetClass *widget_class);

/* ethos-codes-page-start.c */
void           ethos_codes_page_open_at_start (EthosCodesPage *self);
char          *ethos_codes_page_opening_code (EthosCodesPage *self);
void           ethos_codes_page_remember_clause (EthosCodesPage *self, EthosClause *clause);

/* ethos-codes-page-search.c */
void           ethos_codes_page_search_class_init (GtkWidgetClass *widget_class);
void           ethos_codes_page_search_init (EthosCodesPage *self);

/* ethos-codes-page-actions.c */
void           ethos_codes_page_action_import (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter);
void           ethos_codes_page_action_remove (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter);

G_END_DECLS
