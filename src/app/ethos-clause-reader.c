/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-clause-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-citation.h"
#include "ethos-clause-reader.h"
#include "ethos-date.h"
#include "ethos-layout.h"
#include "ethos-code-store.h"
#include "ethos-event-deadlines.h"
#include "ethos-reminder-dialog.h"
#include "ethos-style.h"
#include "ethos-note-store.h"
#include "ethos-toast.h"

/* The reader pane: one clause, readable and selectable, with its bookmark, a copy with citation,
 * previous and next, and the practitioner's note on it, saved as they type. */

#define NOTE_SAVE_DELAY_MS 400

struct _EthosClauseReader
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkScrolledWindow *scroller;
  GtkLabel      *code_label;
  GtkLabel      *heading_label;
  GtkLabel      *text_label;
  GtkTextView   *note_view;
  GtkLabel      *note_status;
  GtkWidget     *remind_button;

  EthosStore    *store;
  GListModel    *clauses; /* the open code's clauses, for previous and next */
  EthosClause   *clause;
  char          *citation;
  guint          position;
  gboolean       bookmarked;
  gboolean       loading_note;
  guint          save_source;
};

G_DEFINE_FINAL_TYPE (EthosClauseReader, ethos_clause_reader, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CLAUSE,
  PROP_BOOKMARKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_note_status (EthosClauseReader *self, const char *status, gboolean error)
{
  ethos_style_set_status (self->note_status, status, error);
}

/* Writes the note now. What was typed stays in the view when the write fails, and the next
 * keystroke tries again. */
static gboolean
save_note_now (EthosClauseReader *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->clause == NULL || self->store == NULL)
    return TRUE;

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  if (!ethos_store_set_note (self->store, self->clause->code_id, self->clause->ref, text, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      set_note_status (self, message, TRUE);
      return FALSE;
    }
  set_note_status (self, text[0] != '\0' ? _("Saved") : "", FALSE);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer data)
{
  EthosClauseReader *self = data;

  self->save_source = 0;
  save_note_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_note_changed_cb (GtkTextBuffer *buffer, EthosClauseReader *self)
{
  if (self->loading_note || self->clause == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (NOTE_SAVE_DELAY_MS, on_save_timeout, self);
  set_note_status (self, _("Saving…"), FALSE);
}

/* A note that cannot be read is said in its place, and the view is left read-only: typing into
 * an empty view would save over the note that is kept. */
static void
load_note (EthosClauseReader *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *note = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  if (self->clause != NULL)
    note = ethos_store_get_note (self->store, self->clause->code_id, self->clause->ref, &error);
  self->loading_note = TRUE;
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  self->loading_note = FALSE;
  gtk_text_view_set_editable (self->note_view, error == NULL);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your note: %s"),
                                                  error->message);

      set_note_status (self, message, TRUE);
      return;
    }
  set_note_status (self, "", FALSE);
}

static void
update_actions (EthosClauseReader *self)
{
  guint n = self->clauses != NULL ? g_list_model_get_n_items (self->clauses) : 0;
  gboolean has_previous = FALSE;
  gboolean has_next = FALSE;

  if (self->clause != NULL && n > 0)
    {
      for (guint i = self->position; i-- > 0 && !has_previous;)
        {
          g_autoptr (EthosClause) other = g_list_model_get_item (self->clauses, i);
          has_previous = !other->is_section;
        }
      for (guint i = self->position + 1; i < n && !has_next; i++)
        {
          g_autoptr (EthosClause) other = g_list_model_get_item (self->clauses, i);
          has_next = !other->is_section;
        }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.previous", has_previous);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.next", has_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.copy", self->clause != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.bookmark", self->clause != NULL);
}

static void
show_clause (EthosClauseReader *self)
{
  EthosClause *clause = self->clause;
  g_autofree char *context = NULL;
  g_autofree char *cited = NULL;
  g_autofree char *heading = NULL;

  if (clause == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  /* Where the clause stands above; its ref (and title, when it has one) as the heading. */
  context = clause->section != NULL
              ? g_strdup_printf ("%s · %s", self->citation != NULL ? self->citation : clause->code_id,
                                 clause->section)
              : g_strdup (self->citation != NULL ? self->citation : clause->code_id);
  /* The ref as the code numbers it ("107(m)", "summary 5"): the line above names the code. */
  cited = ethos_citation_format (NULL, clause->ref, clause->section);
  heading = clause->title != NULL ? g_strdup_printf ("%s  %s", cited, clause->title)
                                  : g_steal_pointer (&cited);
  gtk_label_set_label (self->code_label, context);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->text_label, clause->text);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), clause->text[0] != '\0');

  self->bookmarked = ethos_store_is_bookmarked (self->store, clause->code_id, clause->ref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOOKMARKED]);

  load_note (self);
  {
    g_autoptr (EthosReminder) duty = ethos_duty_reminder_for_clause (clause->code_id, clause->ref);

    gtk_widget_set_visible (self->remind_button, duty != NULL);
  }
  gtk_stack_set_visible_child_name (self->stack, "clause");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  update_actions (self);
}

static void
step (EthosClauseReader *self, int direction)
{
  guint n;

  if (self->clause == NULL || self->clauses == NULL)
    return;
  n = g_list_model_get_n_items (self->clauses);
  for (int i = (int) self->position + direction; i >= 0 && i < (int) n; i += direction)
    {
      g_autoptr (EthosClause) other = g_list_model_get_item (self->clauses, (guint) i);

      if (other->is_section)
        continue;
      ethos_clause_reader_show (self, other, self->clauses, (guint) i, self->citation);
      return;
    }
}

static void
reader_previous (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  step (ETHOS_CLAUSE_READER (widget), -1);
}

static void
reader_next (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  step (ETHOS_CLAUSE_READER (widget), +1);
}

static void
reader_copy (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosClauseReader *self = ETHOS_CLAUSE_READER (widget);
  g_autofree char *text = NULL;

  if (self->clause == NULL)
    return;
  text = ethos_clause_format_citation (self->clause, self->citation);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  ethos_toast_show (GTK_WIDGET (self), _("Copied with its citation"));
}

/* A clause with a duty offers its reminder, prefilled; the practitioner gives the date. */
static void
reader_remind (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosClauseReader *self = ETHOS_CLAUSE_READER (widget);
  g_autoptr (EthosReminder) reminder = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->clause == NULL)
    return;
  reminder = ethos_duty_reminder_for_clause (self->clause->code_id, self->clause->ref);
  if (reminder == NULL)
    return;
  reminder->due = ethos_date_today_iso ();
  dialog = ethos_reminder_dialog_new (self->store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      reminder);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_bookmarked (EthosClauseReader *self, gboolean bookmarked)
{
  g_autoptr (GError) error = NULL;

  if (self->clause == NULL || self->bookmarked == bookmarked)
    return;
  if (!ethos_store_set_bookmarked (self->store, self->clause->code_id, self->clause->ref,
                                   bookmarked, &error))
    {
      ethos_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
  self->bookmarked = bookmarked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOOKMARKED]);
  ethos_toast_show (GTK_WIDGET (self), bookmarked ? _("Bookmarked") : _("Bookmark removed"));
}

static void
ethos_clause_reader_dispose (GObject *object)
{
  EthosClauseReader *self = ETHOS_CLAUSE_READER (object);

  if (self->save_source != 0)
    save_note_now (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_CLAUSE_READER);
  g_clear_object (&self->clause);
  g_clear_object (&self->clauses);
  g_clear_object (&self->store);
  g_clear_pointer (&self->citation, g_free);

  G_OBJECT_CLASS (ethos_clause_reader_parent_class)->dispose (object);
}

static void
ethos_clause_reader_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosClauseReader *self = ETHOS_CLAUSE_READER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLAUSE:
      g_value_set_object (value, self->clause);
      break;
    case PROP_BOOKMARKED:
      g_value_set_boolean (value, self->bookmarked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_clause_reader_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EthosClauseReader *self = ETHOS_CLAUSE_READER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;
    case PROP_BOOKMARKED:
      set_bookmarked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_clause_reader_class_init (EthosClauseReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ethos_clause_reader_dispose;
  object_class->get_property = ethos_clause_reader_get_property;
  object_class->set_property = ethos_clause_reader_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLAUSE] = g_param_spec_object ("clause", NULL, NULL, ETHOS_TYPE_CLAUSE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOOKMARKED] = g_param_spec_boolean ("bookmarked", NULL, NULL, FALSE,
                                                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                        | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-clause-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, stack);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, code_label);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, heading_label);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, text_label);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, note_view);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, note_status);
  gtk_widget_class_bind_template_child (widget_class, EthosClauseReader, remind_button);

  gtk_widget_class_install_property_action (widget_class, "reader.bookmark", "bookmarked");
  gtk_widget_class_install_action (widget_class, "reader.copy", NULL, reader_copy);
  gtk_widget_class_install_action (widget_class, "reader.remind", NULL, reader_remind);
  gtk_widget_class_install_action (widget_class, "reader.previous", NULL, reader_previous);
  gtk_widget_class_install_action (widget_class, "reader.next", NULL, reader_next);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "clause-reader");
}

static void
ethos_clause_reader_init (EthosClauseReader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_layout_wrap_when_shown (self->note_view);
  g_signal_connect (gtk_text_view_get_buffer (self->note_view), "changed",
                    G_CALLBACK (on_note_changed_cb), self);
  update_actions (self);
}

GtkWidget *
ethos_clause_reader_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_CLAUSE_READER, "store", store, NULL);
}

/* Shows @clause, which stands at @position in @clauses (its code's clauses in order, for
 * previous and next). @citation is the code's short name. */
void
ethos_clause_reader_show (EthosClauseReader *self,
                          EthosClause       *clause,
                          GListModel        *clauses,
                          guint              position,
                          const char        *citation)
{
  g_return_if_fail (ETHOS_IS_CLAUSE_READER (self));

  /* The note on the clause being left is saved before another is shown. */
  if (self->save_source != 0)
    save_note_now (self);

  if (clauses != self->clauses)
    g_set_object (&self->clauses, clauses);
  if (citation != self->citation)
    {
      char *copy = g_strdup (citation);
      g_free (self->citation);
      self->citation = copy;
    }
  g_set_object (&self->clause, clause);
  self->position = position;
  show_clause (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE]);
}

EthosClause *
ethos_clause_reader_get_clause (EthosClauseReader *self)
{
  g_return_val_if_fail (ETHOS_IS_CLAUSE_READER (self), NULL);

  return self->clause;
}

guint
ethos_clause_reader_get_position (EthosClauseReader *self)
{
  g_return_val_if_fail (ETHOS_IS_CLAUSE_READER (self), 0);

  return self->position;
}

gboolean
ethos_clause_reader_flush (EthosClauseReader *self)
{
  g_return_val_if_fail (ETHOS_IS_CLAUSE_READER (self), FALSE);

  return self->save_source == 0 || save_note_now (self);
}

/* Leaves none of the clause's text selected. A selectable label selects all of itself when it
 * takes the focus, as the reader's text does when the reader is shown in the list's place. */
void
ethos_clause_reader_unselect (EthosClauseReader *self)
{
  g_return_if_fail (ETHOS_IS_CLAUSE_READER (self));

  gtk_label_select_region (self->text_label, 0, 0);
}
