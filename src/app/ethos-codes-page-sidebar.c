/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-codes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-code-store.h"
#include "ethos-codes-page-private.h"
#include "ethos-note-store.h"
#include "ethos-theme-map.h"
#include "ethos-theme-view.h"

/* The Codes page's sidebar: the list of codes, the library (the bookmarks) and the themes, and
 * what each shows in the contents when chosen. */

static void
unselect_other_lists (EthosCodesPage *self, GtkListBox *keep)
{
  GtkListBox *lists[] = { self->codes_list, self->library_list, self->themes_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != keep)
      gtk_list_box_unselect_all (lists[i]);
}

/* A row of @list was chosen: it alone is selected, and a search gives way to what it shows. */
static void
browse_from (EthosCodesPage *self, GtkListBox *list)
{
  unselect_other_lists (self, list);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

gboolean
ethos_codes_page_reload_codes (EthosCodesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) codes = ethos_store_list_codes (self->store, &error);

  if (codes == NULL)
    {
      ethos_codes_page_show_error (self, error->message);
      return FALSE;
    }
  ethos_codes_page_replace_all (self->codes, codes);
  return TRUE;
}

void
ethos_codes_page_select_code_row (EthosCodesPage *self, const char *code_id)
{
  guint position;

  if (ethos_codes_page_find_code (self, code_id, &position) != NULL)
    {
      gtk_list_box_select_row (self->codes_list,
                               gtk_list_box_get_row_at_index (self->codes_list, (int) position));
      unselect_other_lists (self, self->codes_list);
    }
}

static void
on_codes_row_activated_cb (EthosCodesPage *self, GtkListBoxRow *row)
{
  g_autoptr (EthosCodeInfo) info = g_list_model_get_item (G_LIST_MODEL (self->codes),
                                                          (guint) gtk_list_box_row_get_index (row));

  browse_from (self, self->codes_list);
  if (info != NULL)
    {
      if (!ethos_codes_page_load_code (self, info->id))
        return;
      ethos_codes_page_set_browse (self, "code", info->title);
      adw_leaflet_set_visible_child_name (self->leaflet, "contents");
    }
}

/* Bookmarks ---------------------------------------------------------------------------------- */

static void
show_bookmarks (EthosCodesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) bookmarks = ethos_store_list_bookmarks (self->store, &error);

  if (bookmarks == NULL)
    ethos_codes_page_show_error (self, error->message);
  else
    ethos_codes_page_replace_all (self->bookmarks, bookmarks);
  ethos_codes_page_set_browse (self,
                               g_list_model_get_n_items (G_LIST_MODEL (self->bookmarks)) > 0
                                 ? "bookmarks" : "no-bookmarks",
                               _("Bookmarks"));
}

void
ethos_codes_page_refresh_bookmarks (EthosCodesPage *self)
{
  /* Keep the bookmarks list true while it is on screen. */
  if (g_strcmp0 (self->browse_page, "bookmarks") == 0
      || g_strcmp0 (self->browse_page, "no-bookmarks") == 0)
    show_bookmarks (self);
}

static void
on_library_row_activated_cb (EthosCodesPage *self, GtkListBoxRow *row)
{
  browse_from (self, self->library_list);
  show_bookmarks (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "contents");
}

static void
on_bookmark_activated_cb (EthosCodesPage *self, guint position)
{
  g_autoptr (EthosClause) clause = g_list_model_get_item (G_LIST_MODEL (self->bookmarks), position);

  if (clause != NULL)
    ethos_codes_page_open_clause (self, clause->code_id, clause->ref);
}

void
ethos_codes_page_show_bookmarks (EthosCodesPage *self)
{
  g_return_if_fail (ETHOS_IS_CODES_PAGE (self));

  gtk_list_box_select_row (self->library_list, self->bookmarks_row);
  on_library_row_activated_cb (self, self->bookmarks_row);
}

/* Themes ------------------------------------------------------------------------------------- */

static GtkWidget *
create_theme_row (const char *name)
{
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  /* A list box's own wrapper row has no name: Orca would say "list item" alone. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label,
                                  NULL, -1);
  return row;
}

void
ethos_codes_page_fill_themes (EthosCodesPage *self)
{
  for (guint i = 0; i < self->themes->len; i++)
    {
      EthosTheme *theme = g_ptr_array_index (self->themes, i);

      gtk_list_box_append (self->themes_list, create_theme_row (theme->name));
    }
}

static void
on_themes_row_activated_cb (EthosCodesPage *self, GtkListBoxRow *row)
{
  EthosTheme *theme = g_ptr_array_index (self->themes, gtk_list_box_row_get_index (row));

  browse_from (self, self->themes_list);
  ethos_theme_view_show (self->theme_view, self->store, theme, G_LIST_MODEL (self->codes));
  ethos_codes_page_set_browse (self, "theme", theme->name);
  adw_leaflet_set_visible_child_name (self->leaflet, "contents");
}

void
ethos_codes_page_show_theme (EthosCodesPage *self, const char *theme_id)
{
  EthosTheme *theme;

  g_return_if_fail (ETHOS_IS_CODES_PAGE (self));

  theme = ethos_theme_map_find (self->themes, theme_id);
  for (guint i = 0; theme != NULL && i < self->themes->len; i++)
    if (g_ptr_array_index (self->themes, i) == theme)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->themes_list, (int) i);

        gtk_list_box_select_row (self->themes_list, row);
        on_themes_row_activated_cb (self, row);
      }
}

void
ethos_codes_page_sidebar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_codes_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_library_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_themes_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bookmark_activated_cb);
}
