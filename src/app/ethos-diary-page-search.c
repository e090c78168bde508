/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include "ethos-core-enums.h"
#include "ethos-diary-page-private.h"
#include "ethos-diary-results.h"
#include "ethos-settings.h"

/* The Diary page's search: what is typed finds entries, newest first (under their months'
 * headings) or best first, each with the words around what was found, and how many there are;
 * shown in place of the list. The search runs in a worker thread (EthosDiarySearch), so typing
 * never waits for it: each key cancels the search before, whose results are never shown, and
 * the list shown stays until the new results come. A search that fails says why. The first
 * results go in the list at once, the others as it is scrolled down to them. */

/* Results listed at most; the count says how many match in all. */
#define RESULTS_SHOWN 100

/* Results put in the list at once, and at a time as it is scrolled towards its end
 * (EthosListFeeder: the answer to a key must not lay out a hundred rows). */
#define RESULTS_AT_ONCE 12

/* A search asked for: what for, and once it has come, its answer. */
typedef struct
{
  EthosDiaryPage    *page;
  char              *query;
  EthosDiaryOrder    order;
  gboolean           wanted; /* to be shown as soon as it comes */
  EthosDiaryMatches *matches;
  GError            *error;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->page);
  g_free (pending->query);
  g_clear_pointer (&pending->matches, ethos_diary_matches_free);
  g_clear_error (&pending->error);
  g_free (pending);
}

gboolean
ethos_diary_page_searching (EthosDiaryPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
}

/* Whether the list shows search results (or their failure) rather than the diary. */
gboolean
ethos_diary_page_showing_results (EthosDiaryPage *self)
{
  return self->results_query != NULL;
}

static EthosDiaryOrder
chosen_order (EthosDiaryPage *self)
{
  return gtk_drop_down_get_selected (self->search_order) == 1 ? ETHOS_DIARY_ORDER_BEST
                                                               : ETHOS_DIARY_ORDER_NEWEST;
}

/* Whether the results shown are newest first, and so under their months' headings. */
gboolean
ethos_diary_page_results_by_date (EthosDiaryPage *self)
{
  return ethos_diary_page_showing_results (self) && self->results_order == ETHOS_DIARY_ORDER_NEWEST;
}

/* For the rows: the snippet of a result, as markup; nothing for the diary's own rows. */
const char *
ethos_diary_page_snippet (EthosEntry *entry, gpointer data)
{
  EthosDiaryPage *self = data;

  if (!ethos_diary_page_showing_results (self))
    return NULL;
  return g_hash_table_lookup (self->snippets, &entry->id);
}

/* The results of @query, or why there are none, in place of what was shown. */
static void
show_results (EthosDiaryPage    *self,
              const char        *query,
              EthosDiaryMatches *matches,
              const GError      *error)
{
  g_free (self->results_query);
  self->results_query = g_strdup (query);
  self->results_order = chosen_order (self);
  self->search_failed = matches == NULL;
  g_hash_table_remove_all (self->snippets);
  if (matches == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->search_failed_page, escaped);
      ethos_list_feeder_clear (self->results_feeder);
    }
  else
    {
      g_autofree char *said = ethos_diary_results_describe (query, matches->total,
                                                            matches->entries->len,
                                                            chosen_order (self));

      for (guint i = 0; i < matches->hits->len; i++)
        {
          EthosEntry *entry = g_ptr_array_index (matches->entries, i);
          gint64 *id = g_new (gint64, 1);

          *id = entry->id;
          g_hash_table_replace (self->snippets, id,
                                ethos_search_hit_format_snippet (
                                  g_ptr_array_index (matches->hits, i), "<b>", "</b>", TRUE));
        }
      gtk_label_set_label (self->search_count, said);
      adw_status_page_set_title (self->no_results_page, said);
      /* One change of the whole list: the rows are bound again, with the new snippets. */
      ethos_list_feeder_replace (self->results_feeder, matches->entries);
    }
  gtk_widget_set_visible (self->search_info, matches != NULL && matches->total > 0);
  ethos_diary_page_set_shown_model (self);
}

static gboolean
pending_is_for (Pending *pending, EthosDiaryPage *self)
{
  return pending != NULL
         && g_strcmp0 (pending->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) == 0
         && pending->order == chosen_order (self);
}

static void
show_pending (EthosDiaryPage *self, Pending *pending)
{
  show_results (self, pending->query, pending->matches, pending->error);
}

static void
search_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Pending *pending = data;
  EthosDiaryPage *self = pending->page;

  pending->matches = ethos_diary_search_run_finish (ETHOS_DIARY_SEARCH (source), result,
                                                    &pending->error);
  /* Overtaken by the next key, or by the page going: never shown. What is asked now is checked
   * as well, in case a search ended just as the next began. */
  if (g_error_matches (pending->error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || self->search_running != pending || !pending_is_for (pending, self))
    {
      pending_free (pending);
      return;
    }
  self->search_running = NULL;
  if (pending->wanted)
    {
      show_pending (self, pending);
      pending_free (pending);
    }
  else
    self->search_ready = pending;
}

/* Forgets the search running and an answer not shown yet. */
static void
drop_search (EthosDiaryPage *self)
{
  g_clear_handle_id (&self->search_start_source, g_source_remove);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_running = NULL;
  g_clear_pointer (&self->search_ready, pending_free);
}

/* Searches for what is typed in the order chosen, shown when it comes if @wanted. */
static void
start_search (EthosDiaryPage *self, gboolean wanted)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  Pending *pending;

  drop_search (self);
  if (text[0] == '\0')
    return;
  self->search_cancellable = g_cancellable_new ();
  pending = g_new0 (Pending, 1);
  pending->page = g_object_ref (self);
  pending->query = g_strdup (text);
  pending->order = chosen_order (self);
  pending->wanted = wanted;
  self->search_running = pending;
  ethos_diary_search_run_async (self->searcher, text, pending->order, RESULTS_SHOWN,
                                self->search_cancellable, search_done_cb, pending);
}

/* Searches for what is typed, in the order chosen, and shows the answer when it comes; with
 * nothing typed, shows the diary at once. The search before, if still running, is cancelled. */
void
ethos_diary_page_run_search (EthosDiaryPage *self)
{
  if (!ethos_diary_page_searching (self))
    {
      drop_search (self);
      g_clear_pointer (&self->results_query, g_free);
      self->search_failed = FALSE;
      g_hash_table_remove_all (self->snippets);
      ethos_list_feeder_clear (self->results_feeder);
      gtk_widget_set_visible (self->search_info, FALSE);
      ethos_diary_page_set_shown_model (self);
      return;
    }
  start_search (self, TRUE);
}

static gboolean
start_search_cb (gpointer data)
{
  EthosDiaryPage *self = data;

  self->search_start_source = 0;
  start_search (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Each key starts the search for what is typed in the search entry's pause (GTK's 150 ms,
 * during which a next key would take its place), so that the answer is there when the pause is
 * over (issue 21); it is shown only then ("search-changed"). It starts once the character is
 * drawn (an idle of low priority), so that the search thread does not share the machine with
 * the character's frame. */
static void
on_search_text_changed_cb (EthosDiaryPage *self)
{
  drop_search (self);
  if (ethos_diary_page_searching (self))
    self->search_start_source = g_idle_add_full (G_PRIORITY_LOW, start_search_cb, self, NULL);
}

/* The search entry's delay is over: the answer shown, or as soon as it comes. */
static void
on_search_changed_cb (EthosDiaryPage *self)
{
  Pending *ready = self->search_ready;
  Pending *running = self->search_running;

  if (ethos_diary_page_searching (self) && pending_is_for (ready, self))
    {
      self->search_ready = NULL;
      show_pending (self, ready);
      pending_free (ready);
    }
  else if (ethos_diary_page_searching (self) && pending_is_for (running, self))
    running->wanted = TRUE;
  else
    ethos_diary_page_run_search (self);
}

/* Down in the search goes to the list shown, results or the diary, as in the Codes' search:
 * not past the order and the filters (issue 22). */
static gboolean
on_search_key_pressed_cb (EthosDiaryPage        *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") != 0)
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (ethos_diary_page_shown_view (self)));
}

static void
on_search_stop_cb (EthosDiaryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* The order chosen is kept for the next time, and the results read again in it. */
static void
on_search_order_changed_cb (EthosDiaryPage *self)
{
  GEnumClass *orders = g_type_class_ref (ETHOS_TYPE_DIARY_ORDER);
  GEnumValue *order = g_enum_get_value (orders, (int) chosen_order (self));

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "diary-search-order", order->value_nick);
  g_type_class_unref (orders);
  if (ethos_diary_page_searching (self))
    ethos_diary_page_run_search (self);
}

/* Any write to the diary, this program's or another's: the list model reads again by itself
 * (a page at most); the search results are asked again. */
void
ethos_diary_page_on_store_changed_cb (EthosStore       *store,
                                      EthosStoreChange  change,
                                      EthosDiaryPage   *self)
{
  Pending *running = self->search_running;
  gboolean in_pause;

  if (!(change & ETHOS_STORE_CHANGE_ENTRIES) || !ethos_diary_page_searching (self))
    return;
  /* Asked again; within the search entry's pause, still shown only when it is over. */
  in_pause = self->search_start_source != 0
             || (pending_is_for (running, self) && !running->wanted)
             || pending_is_for (self->search_ready, self);
  start_search (self, !in_pause);
}

static void
diary_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Once the page has its store: the search and the order last chosen. */
void
ethos_diary_page_search_init (EthosDiaryPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->searcher = ethos_diary_search_new (self->store);
  self->snippets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->results_feeder = ethos_list_feeder_new (self->results,
                                                GTK_SCROLLABLE (self->results_view),
                                                RESULTS_AT_ONCE);
  g_signal_connect_object (self->search_entry, "changed",
                           G_CALLBACK (on_search_text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  self->settings = ethos_settings_new ();
  if (self->settings != NULL)
    {
      g_autofree char *kept = g_settings_get_string (self->settings, "diary-search-order");

      gtk_drop_down_set_selected (self->search_order, g_strcmp0 (kept, "best") == 0 ? 1 : 0);
    }
}

void
ethos_diary_page_search_dispose (EthosDiaryPage *self)
{
  drop_search (self);
  g_clear_object (&self->searcher);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->snippets, g_hash_table_unref);
  g_clear_object (&self->results_feeder);
  g_clear_pointer (&self->results_query, g_free);
}

void
ethos_diary_page_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_info);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_count);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_order);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, no_results_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_order_changed_cb);
  gtk_widget_class_install_action (widget_class, "diary.search", NULL, diary_search);
}
