/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-codes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-clause-reader.h"
#include "ethos-clause-rows.h"
#include "ethos-code-store.h"
#include "ethos-codes-page-private.h"
#include "ethos-layout.h"
#include "ethos-settings.h"
#include "ethos-theme-map.h"
#include "ethos-theme-view.h"
#include "ethos-toast.h"

/* The Codes page: a leaflet of the sidebar (search, codes, bookmarks, themes), the contents
 * (a code's clauses, search results, a theme across codes, the bookmarks) and the reader. This
 * file holds the contents and the reader; the sidebar's lists are in ethos-codes-page-sidebar.c,
 * the search in ethos-codes-page-search.c, import and removal in ethos-codes-page-actions.c. */


G_DEFINE_FINAL_TYPE (EthosCodesPage, ethos_codes_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
ethos_codes_page_toast (EthosCodesPage *self, const char *title)
{
  ethos_toast_show (GTK_WIDGET (self), title);
}

void
ethos_codes_page_show_error (EthosCodesPage *self, const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_error_dismiss_cb (EthosCodesPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

/* Puts @items in place of everything @store held. */
void
ethos_codes_page_replace_all (GListStore *store, GPtrArray *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

/* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does it. */
void
ethos_codes_page_scroll_to_item (GtkListView *view, guint position)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
}

EthosCodeInfo *
ethos_codes_page_find_code (EthosCodesPage *self, const char *code_id, guint *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->codes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (EthosCodeInfo) info = g_list_model_get_item (G_LIST_MODEL (self->codes), i);

      if (g_strcmp0 (info->id, code_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return info;
        }
    }
  return NULL;
}

static const char *
citation_for (const char *code_id, gpointer data)
{
  EthosCodeInfo *info = ethos_codes_page_find_code (data, code_id, NULL);

  return info != NULL ? ethos_code_info_get_citation (info) : code_id;
}

void
ethos_codes_page_set_contents (EthosCodesPage *self, const char *page, const char *title)
{
  gtk_stack_set_visible_child_name (self->contents_stack, page);
  gtk_label_set_label (self->contents_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button),
                          g_str_equal (page, "code") && self->code != NULL && self->code->imported);
}

/* What the contents pane shows when no search is under way. */
void
ethos_codes_page_set_browse (EthosCodesPage *self, const char *page, const char *title)
{
  g_free (self->browse_page);
  self->browse_page = g_strdup (page);
  g_free (self->browse_title);
  self->browse_title = g_strdup (title);
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0')
    ethos_codes_page_set_contents (self, page, title);
}

/* Loads @code_id's clauses into the contents list; does not change what the pane shows. */
gboolean
ethos_codes_page_load_code (EthosCodesPage *self, const char *code_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) clauses = NULL;
  EthosCodeInfo *info;

  if (self->code != NULL && g_strcmp0 (self->code->id, code_id) == 0)
    return TRUE;
  info = ethos_codes_page_find_code (self, code_id, NULL);
  clauses = ethos_store_list_clauses (self->store, code_id, &error);
  if (info == NULL || clauses == NULL)
    {
      ethos_codes_page_show_error (self, error != NULL ? error->message : _("That code is no longer there"));
      return FALSE;
    }
  g_set_object (&self->code, info);
  ethos_codes_page_replace_all (self->clauses, clauses);
  gtk_widget_set_visible (GTK_WIDGET (self->this_code_only), TRUE);
  {
    g_autofree char *label = g_strdup_printf (_("Only in %s"), ethos_code_info_get_citation (info));
    gtk_label_set_label (GTK_LABEL (gtk_check_button_get_child (self->this_code_only)), label);
  }
  return TRUE;
}

/* Loads @code_id, selects it in the sidebar and makes it what the contents show. */
gboolean
ethos_codes_page_browse_code (EthosCodesPage *self, const char *code_id)
{
  if (!ethos_codes_page_load_code (self, code_id))
    return FALSE;
  ethos_codes_page_select_code_row (self, code_id);
  ethos_codes_page_set_browse (self, "code", self->code->title);
  return TRUE;
}

void
ethos_codes_page_open_code (EthosCodesPage *self, const char *code_id)
{
  if (ethos_codes_page_browse_code (self, code_id))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Makes the reader the leaflet's visible child. The leaflet moves the focus into it when the
 * focus was in the pane it leaves, and the reader's text, a selectable label, would then select
 * all of itself. Side by side, the focus stays where it was (in the contents, for the next clause
 * down); folded, the reader has it, with none of its text selected. */
static void
show_reader (EthosCodesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GtkWidget) focus = NULL;

  if (root != NULL && gtk_root_get_focus (root) != NULL)
    focus = g_object_ref (gtk_root_get_focus (root));
  adw_leaflet_set_visible_child_name (self->leaflet, "reader");
  if (focus != NULL && !adw_leaflet_get_folded (self->leaflet)
      && gtk_root_get_focus (root) != focus && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
  ethos_clause_reader_unselect (self->reader);
}

/* Shows the clause at @position of the open code in the reader, and shows the reader. */
static void
read_clause (EthosCodesPage *self, EthosClause *clause, guint position)
{
  ethos_clause_reader_show (self->reader, clause, G_LIST_MODEL (self->clauses), position,
                            ethos_code_info_get_citation (self->code));
  show_reader (self);
}

/* Opens @ref of @code_id in the reader, and shows the reader. */
gboolean
ethos_codes_page_open_clause (EthosCodesPage *self, const char *code_id, const char *ref)
{
  guint n;

  g_return_val_if_fail (ETHOS_IS_CODES_PAGE (self), FALSE);

  if (!ethos_codes_page_load_code (self, code_id))
    return FALSE;
  /* Browsing a code, the contents follow the clause to its code. */
  if (g_strcmp0 (self->browse_page, "code") == 0)
    ethos_codes_page_browse_code (self, code_id);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->clauses));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (EthosClause) clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), i);

      if (g_strcmp0 (clause->ref, ref) != 0)
        continue;
      read_clause (self, clause, i);
      return TRUE;
    }
  {
    g_autofree char *message = g_strdup_printf (_("%s has no clause “%s” any more"),
                                                self->code->title, ref);
    ethos_codes_page_show_error (self, message);
  }
  return FALSE;
}

static void
on_clause_activated_cb (EthosCodesPage *self, guint position)
{
  g_autoptr (EthosClause) clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), position);

  if (clause == NULL || clause->is_section)
    return;
  self->from_list = TRUE;
  read_clause (self, clause, position);
  self->from_list = FALSE;
}

static void
on_theme_open_clause_cb (EthosCodesPage *self, const char *code_id, const char *ref)
{
  ethos_codes_page_open_clause (self, code_id, ref);
}

static void
on_back_clicked_cb (EthosCodesPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_reader_clause_cb (EthosCodesPage *self)
{
  EthosClause *clause = ethos_clause_reader_get_clause (self->reader);

  if (clause != NULL)
    ethos_codes_page_remember_clause (self, clause);
  /* Previous and next (and a clause opened from elsewhere) move the selection in the contents
   * with the reader. A clause chosen in the contents is where it was clicked, already selected:
   * scrolling to it again, before the list has been laid out after the click, would move the
   * list under the pointer. */
  if (clause != NULL && !self->from_list && g_strcmp0 (self->browse_page, "code") == 0
      && self->code != NULL
      && g_strcmp0 (self->code->id, clause->code_id) == 0)
    {
      GtkSelectionModel *model = gtk_list_view_get_model (self->clause_view);
      guint position = ethos_clause_reader_get_position (self->reader);

      /* A list not yet on screen (the page opening on the clause last read) is moved once it
       * is: before, GTK 4.8 would draw it empty. */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self->clause_view)))
        {
          self->scroll_on_map = TRUE;
          return;
        }
      gtk_selection_model_select_item (model, position, TRUE);
      ethos_codes_page_scroll_to_item (self->clause_view, position);
    }
}

static gboolean
scroll_when_shown (gpointer data)
{
  EthosCodesPage *self = data;

  self->scroll_source = 0;
  on_reader_clause_cb (self);
  return G_SOURCE_REMOVE;
}

/* Mapped, the list is not yet laid out: it is moved once it has been. */
static void
on_clause_view_map_cb (EthosCodesPage *self)
{
  if (self->scroll_on_map && self->scroll_source == 0)
    {
      self->scroll_on_map = FALSE;
      self->scroll_source = g_idle_add (scroll_when_shown, self);
    }
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_codes_page_constructed (GObject *object)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (object);

  G_OBJECT_CLASS (ethos_codes_page_parent_class)->constructed (object);

  g_object_set (self->reader, "store", self->store, NULL);
  ethos_codes_page_reload_codes (self);
  ethos_codes_page_fill_themes (self);
  ethos_codes_page_open_at_start (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
}

static void
ethos_codes_page_dispose (GObject *object)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_CODES_PAGE);
  g_clear_object (&self->code);
  g_clear_object (&self->codes);
  g_clear_object (&self->clauses);
  g_clear_object (&self->hits_feeder);
  g_clear_object (&self->hits);
  g_clear_object (&self->bookmarks);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->browse_page, g_free);
  g_clear_pointer (&self->browse_title, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->scroll_source, g_source_remove);

  G_OBJECT_CLASS (ethos_codes_page_parent_class)->dispose (object);
}

static void
ethos_codes_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_codes_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_codes_page_class_init (EthosCodesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ethos_codes_page_constructed;
  object_class->dispose = ethos_codes_page_dispose;
  object_class->get_property = ethos_codes_page_get_property;
  object_class->set_property = ethos_codes_page_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ETHOS_TYPE_CLAUSE_READER);
  g_type_ensure (ETHOS_TYPE_THEME_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-codes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, leaflet);
  gtk_widget_class_bind_template_child_full (widget_class, "contents_back", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "reader_back", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, this_code_only);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, codes_list);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, library_list);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, themes_list);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, bookmarks_row);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, contents_title);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, contents_stack);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, clause_view);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, hit_view);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, search_summary);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, bookmark_view);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, theme_view);
  gtk_widget_class_bind_template_child (widget_class, EthosCodesPage, reader);
  gtk_widget_class_bind_template_callback (widget_class, on_error_dismiss_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clause_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_open_clause_cb);
  ethos_codes_page_sidebar_class_init (widget_class);
  ethos_codes_page_search_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "codes.import", NULL,
                                   ethos_codes_page_action_import);
  gtk_widget_class_install_action (widget_class, "codes.remove", NULL,
                                   ethos_codes_page_action_remove);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_codes_page_init (EthosCodesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_keyboard_list (GTK_WIDGET (self->clause_view));
  ethos_accessible_keyboard_list (GTK_WIDGET (self->hit_view));
  ethos_accessible_keyboard_list (GTK_WIDGET (self->bookmark_view));
  ethos_codes_page_search_init (self);
  for (guint i = 0; i < 2; i++)
    ethos_layout_show_when_folded (self->leaflet,
                                   GTK_WIDGET (gtk_widget_get_template_child (
                                     GTK_WIDGET (self), ETHOS_TYPE_CODES_PAGE,
                                     i == 0 ? "contents_back" : "reader_back")));

  self->settings = ethos_settings_new ();
  self->codes = g_list_store_new (ETHOS_TYPE_CODE_INFO);
  self->clauses = g_list_store_new (ETHOS_TYPE_CLAUSE);
  self->hits = g_list_store_new (ETHOS_TYPE_SEARCH_HIT);
  self->bookmarks = g_list_store_new (ETHOS_TYPE_CLAUSE);
  self->themes = ethos_theme_map_load_shipped ();

  gtk_list_box_bind_model (self->codes_list, G_LIST_MODEL (self->codes),
                           ethos_clause_rows_create_code_row, self, NULL);

  {
    GtkSingleSelection *selection = gtk_single_selection_new (
      G_LIST_MODEL (g_object_ref (self->clauses)));

    /* Nothing marked until a clause is read: the first row is often a heading. */
    gtk_single_selection_set_autoselect (selection, FALSE);
    gtk_list_view_set_model (self->clause_view, GTK_SELECTION_MODEL (selection));
  }
  gtk_list_view_set_factory (self->clause_view, ethos_clause_rows_outline_factory ());
  gtk_list_view_set_model (self->hit_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             G_LIST_MODEL (g_object_ref (self->hits)))));
  gtk_list_view_set_factory (self->hit_view, ethos_clause_rows_hit_factory (citation_for, self));
  /* A letter typed must not lay out a hundred hits: a screenful, the rest as they are scrolled
   * to. */
  self->hits_feeder = ethos_list_feeder_new (self->hits, GTK_SCROLLABLE (self->hit_view), 20);
  gtk_list_view_set_model (self->bookmark_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             G_LIST_MODEL (g_object_ref (self->bookmarks)))));
  gtk_list_view_set_factory (self->bookmark_view,
                             ethos_clause_rows_bookmark_factory (citation_for, self));

  g_signal_connect_swapped (self->reader, "notify::bookmarked",
                            G_CALLBACK (ethos_codes_page_refresh_bookmarks), self);
  g_signal_connect_swapped (self->reader, "notify::clause", G_CALLBACK (on_reader_clause_cb), self);
  g_signal_connect_swapped (self->clause_view, "map", G_CALLBACK (on_clause_view_map_cb), self);
}

GtkWidget *
ethos_codes_page_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_CODES_PAGE, "store", store, NULL);
}

EthosClauseReader *
ethos_codes_page_get_reader (EthosCodesPage *self)
{
  g_return_val_if_fail (ETHOS_IS_CODES_PAGE (self), NULL);

  return self->reader;
}
