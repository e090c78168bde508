/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Diary page's insides, shared by ethos-diary-page.c (the list and the editor beside it),
 * ethos-diary-page-search.c and ethos-diary-page-actions.c. */

#include "ethos-diary-model.h"
#include "ethos-diary-page.h"

G_BEGIN_DECLS

struct _EthosDiaryPage
{
  GtkWidget         parent_instance;

  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkDropDown      *kind_filter;
  GtkDropDown      *period_filter;
  GtkStack         *list_stack;
  AdwStatusPage    *search_failed_page;
  GtkListView      *entry_view;
  GtkWidget        *drafts_box;
  GtkListBox       *drafts_list;
  EthosEntryEditor *editor;

  EthosStore       *store;
  EthosDiaryModel  *model;
  GListStore       *results; /* EthosEntry matching the search */
  gboolean          search_failed; /* said on search_failed_page instead of "no match" */
  EthosEntry       *deleted; /* kept for Undo */
  GListStore       *drafts;  /* EthosDraft, the last typed in first */
};

/* ethos-diary-page.c */
void     ethos_diary_page_update_list_page (EthosDiaryPage *self);
void     ethos_diary_page_set_shown_model (EthosDiaryPage *self);
void     ethos_diary_page_edit (EthosDiaryPage *self, EthosEntry *entry);

/* ethos-diary-page-search.c */
gboolean ethos_diary_page_searching (EthosDiaryPage *self);
void     ethos_diary_page_run_search (EthosDiaryPage *self);
void     ethos_diary_page_on_store_changed_cb (EthosStore       *store,
                                               EthosStoreChange  change,
                                               EthosDiaryPage   *self);
void     ethos_diary_page_search_class_init (GtkWidgetClass *widget_class);

/* ethos-diary-page-drafts.c */
void     ethos_diary_page_drafts_init (EthosDiaryPage *self);
void     ethos_diary_page_reload_drafts (EthosDiaryPage *self);
void     ethos_diary_page_leave_for (EthosDiaryPage *self, GObject *target);

/* ethos-diary-page-actions.c */
void     ethos_diary_page_actions_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
