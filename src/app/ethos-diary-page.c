/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-diary-page-private.h"
#include "ethos-diary-rows.h"
#include "ethos-entry-store.h"
#include "ethos-layout.h"
#include "ethos-toast.h"

/* The Diary page: entries newest first over a lazy model (a long career opens as fast as a
 * short one), a kind filter and search; the editor beside them. This file holds the list, its
 * filters and the editor's place; the search is in ethos-diary-page-search.c, new entries and
 * deleting in ethos-diary-page-actions.c. */

G_DEFINE_FINAL_TYPE (EthosDiaryPage, ethos_diary_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
shown_model (EthosDiaryPage *self)
{
  return ethos_diary_page_showing_results (self) ? G_LIST_MODEL (self->results)
                                                 : G_LIST_MODEL (self->model);
}

void
ethos_diary_page_update_list_page (EthosDiaryPage *self)
{
  guint n = g_list_model_get_n_items (shown_model (self));
  gboolean results = ethos_diary_page_showing_results (self);

  if (results && self->search_failed)
    gtk_stack_set_visible_child_name (self->list_stack, "search-failed");
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, results ? "no-results" : "empty");
}

/* The list view shown: the diary's, or the search's results'. */
GtkListView *
ethos_diary_page_shown_view (EthosDiaryPage *self)
{
  return self->selection == self->results_selection ? self->results_view : self->entry_view;
}

/* The list shows the diary, or the search's results, each in its own view; the entry open in
 * the editor is selected in it. Showing the list already shown changes nothing (the view keeps
 * its place); going back to the diary finds its rows as they were. */
void
ethos_diary_page_set_shown_model (EthosDiaryPage *self)
{
  EthosOpenSelection *shown = ethos_diary_page_showing_results (self) ? self->results_selection
                                                                      : self->diary_selection;

  if (self->selection != shown)
    {
      self->selection = shown;
      gtk_stack_set_visible_child (self->view_stack,
                                   gtk_widget_get_ancestor (
                                     GTK_WIDGET (ethos_diary_page_shown_view (self)),
                                     GTK_TYPE_SCROLLED_WINDOW));
      ethos_diary_page_select_open (self);
      ethos_diary_page_list_changed (self);
    }
  ethos_diary_page_update_list_page (self);
}

/* A change in one of the two lists: only the one shown has its open entry looked for. */
static void
on_selection_changed_cb (EthosOpenSelection *selection, guint position, guint removed,
                         guint added, EthosDiaryPage *self)
{
  if (selection == self->selection)
    ethos_diary_page_list_changed (self);
}

static EthosOpenSelection *
new_selection (EthosDiaryPage *self, GListModel *model, GtkListView *view,
               GtkListItemFactory *factory)
{
  EthosOpenSelection *selection = ethos_open_selection_new (model);

  g_signal_connect (selection, "items-changed", G_CALLBACK (on_selection_changed_cb), self);
  gtk_list_view_set_factory (view, factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return selection;
}

static void
on_kind_changed_cb (EthosDiaryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_filter);

  ethos_diary_model_set_kind (self->model, selected == 1   ? ETHOS_ENTRY_SUPERVISION
                                           : selected == 2 ? ETHOS_ENTRY_CPD
                                                           : -1);
  ethos_diary_page_update_list_page (self);
}

/* The period chosen, as dates; today is read here, where the practitioner is. */
static void
on_period_changed_cb (EthosDiaryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_filter);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int year = g_date_time_get_year (now);

  switch (selected)
    {
    case 1:
      {
        g_autoptr (GDateTime) start = g_date_time_add_months (now, -12);
        g_autoptr (GDateTime) next = g_date_time_add_days (start, 1);

        from = ethos_date_time_to_iso (next);
        to = ethos_date_time_to_iso (now);
      }
      break;
    case 2:
      from = g_strdup_printf ("%04d-01-01", year);
      to = g_strdup_printf ("%04d-12-31", year);
      break;
    case 3:
      from = g_strdup_printf ("%04d-01-01", year - 1);
      to = g_strdup_printf ("%04d-12-31", year - 1);
      break;
    default:
      break;
    }
  ethos_diary_model_set_range (self->model, from, to);
  ethos_diary_page_update_list_page (self);
}

/* Shows @entry in the editor, and the editor; for NULL, closes the entry and shows the list. */
void
ethos_diary_page_edit (EthosDiaryPage *self, EthosEntry *entry)
{
  ethos_entry_editor_set_entry (self->editor, entry);
  ethos_diary_page_select_open (self);
  adw_leaflet_set_visible_child_name (self->leaflet, entry != NULL ? "editor" : "list");
}

/* The entry is read again whole (the list holds what a row shows). One that has gone, or that
 * cannot be read, is not opened: an editor on what the list remembered would save it back. */
static void
open_entry (EthosDiaryPage *self, EthosEntry *entry)
{
  if (entry->id > 0)
    ethos_diary_page_open_entry (self, entry->id);
  else
    ethos_diary_page_leave_for (self, G_OBJECT (entry));
}

/* Opens the entry @id in the editor, read afresh; one deleted meanwhile, or that cannot be read,
 * is said in a toast. */
void
ethos_diary_page_open_entry (EthosDiaryPage *self, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) full = NULL;

  g_return_if_fail (ETHOS_IS_DIARY_PAGE (self));

  full = ethos_store_get_entry (self->store, id, &error);
  if (full == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
        message = g_strdup (_("That entry is no longer in the diary: it was deleted elsewhere"));
      else
        message = g_strdup_printf (_("Could not open the entry: %s"), error->message);
      ethos_toast_show (GTK_WIDGET (self), message);
      return;
    }
  ethos_diary_page_leave_for (self, G_OBJECT (full));
}

static void
on_entry_activated_cb (EthosDiaryPage *self, guint position)
{
  ethos_diary_page_open_position (self, position);
}

static void
on_back_clicked_cb (EthosDiaryPage *self)
{
  ethos_entry_editor_flush (self->editor);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The records changed underneath (a backup was restored): what is shown is read again, and an
 * entry open in the editor is closed, as it may no longer exist. */
void
ethos_diary_page_reload (EthosDiaryPage *self)
{
  g_return_if_fail (ETHOS_IS_DIARY_PAGE (self));

  ethos_diary_page_edit (self, NULL);
  g_clear_object (&self->deleted);
  ethos_diary_model_reload (self->model);
  if (ethos_diary_page_searching (self))
    ethos_diary_page_run_search (self);
  ethos_diary_page_update_list_page (self);
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_diary_page_constructed (GObject *object)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (object);
  GtkListItemFactory *diary_rows = ethos_diary_rows_factory_new (
    ethos_diary_page_diary_starts_month, NULL, self);
  GtkListItemFactory *result_rows = ethos_diary_rows_factory_new (
    ethos_diary_page_result_starts_month, ethos_diary_page_snippet, self);

  G_OBJECT_CLASS (ethos_diary_page_parent_class)->constructed (object);

  ethos_diary_page_search_init (self);
  g_object_set (self->editor, "store", self->store, NULL);
  self->model = ethos_diary_model_new (self->store, -1);
  self->diary_selection = new_selection (self, G_LIST_MODEL (self->model), self->entry_view,
                                         diary_rows);
  self->results_selection = new_selection (self, G_LIST_MODEL (self->results),
                                           self->results_view, result_rows);
  g_object_unref (diary_rows);
  g_object_unref (result_rows);
  ethos_diary_page_set_shown_model (self);
  g_signal_connect_swapped (self->model, "items-changed",
                            G_CALLBACK (ethos_diary_page_update_list_page), self);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (ethos_diary_page_on_store_changed_cb), self, 0);
  /* A new entry has its place in the diary once it is first saved. */
  g_signal_connect_swapped (self->editor, "saved", G_CALLBACK (ethos_diary_page_select_open),
                            self);
  ethos_diary_page_drafts_init (self);
}

static void
ethos_diary_page_dispose (GObject *object)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (object);

  if (self->editor != NULL)
    ethos_entry_editor_flush (self->editor);
  ethos_diary_page_search_dispose (self);
  ethos_diary_page_list_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_DIARY_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->results);
  g_clear_object (&self->deleted);
  g_clear_object (&self->drafts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_diary_page_parent_class)->dispose (object);
}

static void
ethos_diary_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, ETHOS_DIARY_PAGE (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_diary_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      ETHOS_DIARY_PAGE (object)->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_diary_page_class_init (EthosDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ethos_diary_page_constructed;
  object_class->dispose = ethos_diary_page_dispose;
  object_class->get_property = ethos_diary_page_get_property;
  object_class->set_property = ethos_diary_page_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ETHOS_TYPE_ENTRY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, leaflet);
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, period_filter);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_failed_page);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, entry_view);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, results_view);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, sticky_month);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, drafts_box);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, editor);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, go_button);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, add_session_button);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, add_cpd_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  ethos_diary_page_actions_class_init (widget_class);
  ethos_diary_page_search_class_init (widget_class);
  ethos_diary_page_goto_class_init (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_diary_page_init (EthosDiaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_by_label (self->go_button);
  ethos_accessible_name_by_label (self->add_session_button);
  ethos_accessible_name_by_label (self->add_cpd_button);
  ethos_accessible_name_drop_down (self->kind_filter);
  ethos_accessible_name_drop_down (self->period_filter);
  ethos_accessible_keyboard_list (GTK_WIDGET (self->entry_view));
  ethos_accessible_keyboard_list (GTK_WIDGET (self->results_view));
  ethos_diary_page_list_init (self);
  ethos_layout_show_when_folded (self->leaflet,
                                 GTK_WIDGET (gtk_widget_get_template_child (
                                   GTK_WIDGET (self), ETHOS_TYPE_DIARY_PAGE, "back_button")));
  self->results = g_list_store_new (ETHOS_TYPE_ENTRY);
  self->focus_scroll = GTK_INVALID_LIST_POSITION;
}

GtkWidget *
ethos_diary_page_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_DIARY_PAGE, "store", store, NULL);
}

EthosEntryEditor *
ethos_diary_page_get_editor (EthosDiaryPage *self)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), NULL);

  return self->editor;
}

/* Opens the entry at @position of the list as shown. */
gboolean
ethos_diary_page_open_position (EthosDiaryPage *self, guint position)
{
  g_autoptr (EthosEntry) entry = NULL;

  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), FALSE);

  entry = g_list_model_get_item (shown_model (self), position);
  if (entry == NULL)
    return FALSE;
  open_entry (self, entry);
  return TRUE;
}

void
ethos_diary_page_flush (EthosDiaryPage *self)
{
  g_return_if_fail (ETHOS_IS_DIARY_PAGE (self));

  ethos_entry_editor_flush (self->editor);
}

/* Whether the editor holds typing that could not be written. */
gboolean
ethos_diary_page_has_unsaved (EthosDiaryPage *self)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), FALSE);

  return ethos_entry_editor_has_unsaved (self->editor);
}
