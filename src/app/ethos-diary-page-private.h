/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Diary page's insides, shared by ethos-diary-page.c (the list and the editor beside it),
 * ethos-diary-page-search.c and ethos-diary-page-actions.c. */

#include "ethos-date-row.h"
#include "ethos-diary-model.h"
#include "ethos-diary-page.h"
#include "ethos-list-feeder.h"
#include "ethos-diary-search.h"
#include "ethos-open-selection.h"

G_BEGIN_DECLS

struct _EthosDiaryPage
{
  GtkWidget         parent_instance;

  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkWidget        *search_info;  /* the count and the order, while results are shown */
  GtkLabel         *search_count;
  GtkDropDown      *search_order;
  AdwStatusPage    *no_results_page;
  GtkDropDown      *kind_filter;
  GtkDropDown      *period_filter;
  GtkStack         *list_stack;
  AdwStatusPage    *search_failed_page;
  GtkStack         *view_stack; /* the diary's list, or the results' */
  GtkListView      *entry_view; /* the diary */
  GtkListView      *results_view; /* the search's results */
  GtkLabel         *sticky_month;
  GtkMenuButton    *go_to_date_button;
  EthosDateRow     *go_to_date_row;
  GtkLabel         *go_to_date_error;
  GtkWidget        *drafts_box;
  GtkListBox       *drafts_list;
  EthosEntryEditor *editor;

  EthosStore       *store;
  EthosDiaryModel  *model;
  GListStore       *results; /* EthosEntry matching the search */
  EthosDiarySearch *searcher;
  GCancellable     *search_cancellable; /* the search running, cancelled by the next */
  gpointer          search_running; /* what it is for (borrowed: the search owns it), or NULL */
  gpointer          search_ready; /* an answer come before it is to be shown (owned), or NULL */
  guint             search_start_source; /* a key's search, to start once its character is drawn */
  char             *results_query; /* what results holds the results of; NULL: the diary shown */
  EthosDiaryOrder   results_order;
  GHashTable       *snippets; /* entry id -> the markup of its snippet, for the results */
  EthosListFeeder  *results_feeder; /* results into the list a screenful at a time */
  GSettings        *settings; /* the order of results kept, or NULL */
  EthosOpenSelection *diary_selection; /* over the diary: the open entry */
  EthosOpenSelection *results_selection; /* over the results: the open entry */
  EthosOpenSelection *selection; /* the one of the two shown (not a reference) */
  guint             select_source; /* the open entry to be found again, once changes settle */
  gboolean          month_stale; /* the month at the top to be read again after the next frame */
  GdkFrameClock    *frame_clock; /* while the list is mapped */
  gulong            after_paint_handler;
  gint64            focus_id;  /* an entry gone to, to be focused once laid out, or 0 */
  guint             focus_scroll; /* the row to scroll back to after the next frame */
  gboolean          search_failed; /* said on search_failed_page instead of "no match" */
  EthosEntry       *deleted; /* kept for Undo */
  GListStore       *drafts;  /* EthosDraft, the last typed in first */
  GtkWidget        *go_button;
  GtkWidget        *add_session_button;
  GtkWidget        *add_cpd_button;
};

/* ethos-diary-page.c */
GtkListView *ethos_diary_page_shown_view (EthosDiaryPage *self);
void     ethos_diary_page_update_list_page (EthosDiaryPage *self);
void     ethos_diary_page_set_shown_model (EthosDiaryPage *self);
void     ethos_diary_page_edit (EthosDiaryPage *self, EthosEntry *entry);

/* ethos-diary-page-search.c */
gboolean ethos_diary_page_searching (EthosDiaryPage *self);
gboolean ethos_diary_page_showing_results (EthosDiaryPage *self);
gboolean ethos_diary_page_results_by_date (EthosDiaryPage *self);
const char *ethos_diary_page_snippet (EthosEntry *entry, gpointer data);
void     ethos_diary_page_run_search (EthosDiaryPage *self);
void     ethos_diary_page_search_init (EthosDiaryPage *self);
void     ethos_diary_page_search_dispose (EthosDiaryPage *self);
void     ethos_diary_page_on_store_changed_cb (EthosStore       *store,
                                               EthosStoreChange  change,
                                               EthosDiaryPage   *self);
void     ethos_diary_page_search_class_init (GtkWidgetClass *widget_class);

/* ethos-diary-page-drafts.c */
void     ethos_diary_page_drafts_init (EthosDiaryPage *self);
void     ethos_diary_page_reload_drafts (EthosDiaryPage *self);
void     ethos_diary_page_leave_for (EthosDiaryPage *self, GObject *target);

/* ethos-diary-page-list.c */
void     ethos_diary_page_list_init (EthosDiaryPage *self);
void     ethos_diary_page_list_dispose (EthosDiaryPage *self);
void     ethos_diary_page_select_open (EthosDiaryPage *self);
void     ethos_diary_page_list_changed (EthosDiaryPage *self);
void     ethos_diary_page_focus_position (EthosDiaryPage *self, guint position);
gboolean ethos_diary_page_diary_starts_month (guint position, gpointer data);
gboolean ethos_diary_page_result_starts_month (guint position, gpointer data);

/* ethos-diary-page-goto.c */
void     ethos_diary_page_goto_class_init (GtkWidgetClass *widget_class);

/* ethos-diary-page-actions.c */
void     ethos_diary_page_actions_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
