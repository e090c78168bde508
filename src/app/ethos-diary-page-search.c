/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include "ethos-diary-page-private.h"
#include "ethos-entry-store.h"

/* The Diary page's search: what is typed finds entries, best first, shown in place of the list;
 * a search that fails says why. */

gboolean
ethos_diary_page_searching (EthosDiaryPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
}

/* The entries matching what is typed, best first; NULL with @error when the diary cannot be
 * read. An entry deleted (by another program) between the search and its reading is left out:
 * it no longer matches anything. */
static GPtrArray *
search_entries (EthosDiaryPage *self, GError **error)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  hits = ethos_store_search_entries (self->store,
                                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                     100, error);
  if (hits == NULL)
    return NULL;
  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (GError) local_error = NULL;
      EthosEntry *entry = ethos_store_get_entry (self->store, g_ascii_strtoll (hit->ref, NULL, 10),
                                                 &local_error);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
      else if (!g_error_matches (local_error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&entries);
}

/* A search that fails says why in place of the results, never "no entry matches". */
void
ethos_diary_page_run_search (EthosDiaryPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  g_list_store_remove_all (self->results);
  self->search_failed = FALSE;
  if (ethos_diary_page_searching (self))
    {
      entries = search_entries (self, &error);
      if (entries != NULL)
        g_list_store_splice (self->results, 0, 0, entries->pdata, entries->len);
      else
        {
          self->search_failed = TRUE;
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);

          adw_status_page_set_description (self->search_failed_page, escaped);
        }
    }
  ethos_diary_page_set_shown_model (self);
}

static void
on_search_changed_cb (EthosDiaryPage *self)
{
  ethos_diary_page_run_search (self);
}

static void
on_search_stop_cb (EthosDiaryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Any write to the diary, this program's or another's: the list model reads again by itself
 * (a page at most); the search results are asked again. */
void
ethos_diary_page_on_store_changed_cb (EthosStore       *store,
                                      EthosStoreChange  change,
                                      EthosDiaryPage   *self)
{
  if ((change & ETHOS_STORE_CHANGE_ENTRIES) && ethos_diary_page_searching (self))
    ethos_diary_page_run_search (self);
}

static void
diary_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
ethos_diary_page_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_install_action (widget_class, "diary.search", NULL, diary_search);
}
