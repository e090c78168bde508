/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-clause-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-accessible.h"
#include "ethos-citation.h"
#include "ethos-clause-rows.h"
#include "ethos-clause.h"
#include "ethos-search-hit.h"

/* The rows of Ethos's clause lists: a code's outline, search results, bookmarks, codes. */

typedef struct
{
  EthosCitationFunc func;
  gpointer          data;
} Citation;

/* The first line of @text, at most @max_chars long. */
char *
ethos_clause_rows_first_line (const char *text, guint max_chars)
{
  g_autofree char *line = g_strndup (text, strcspn (text, "\n"));

  if (g_utf8_strlen (line, -1) > max_chars)
    {
      char *cut = g_utf8_offset_to_pointer (line, max_chars);

      *cut = '\0';
      return g_strconcat (line, "…", NULL);
    }
  return g_steal_pointer (&line);
}

static void
setup_clause_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *ref = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (ref), 0);
  gtk_label_set_width_chars (GTK_LABEL (ref), 5);
  gtk_widget_add_css_class (ref, "dim-label");
  gtk_widget_add_css_class (ref, "numeric");
  /* The ref stands beside the title's first line. */
  gtk_widget_set_valign (ref, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* Two lines of the title before it is cut short: one line says too little of a clause. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* Rows ask for little width, so that the reader gets the room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), ref);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_item_set_child (item, box);
}

static void
bind_clause_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  EthosClause *clause = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *ref = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (ref);
  g_autofree char *line = NULL;
  g_autofree char *outline_ref = NULL;
  guint depth = clause->level > 1 ? clause->level - 1 : 0;

  gtk_widget_set_margin_start (box, (int) MIN (depth, 4) * 12);
  gtk_list_item_set_activatable (item, !clause->is_section);
  gtk_list_item_set_selectable (item, !clause->is_section);
  if (clause->is_section)
    {
      gtk_widget_set_visible (ref, FALSE);
      gtk_label_set_label (GTK_LABEL (title), clause->title);
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_set_tooltip_text (box, clause->title);
      ethos_accessible_list_item_labelled_by (item, title, NULL);
      return;
    }
  gtk_widget_set_visible (ref, TRUE);
  gtk_widget_remove_css_class (title, "heading");
  outline_ref = ethos_citation_outline_ref (clause);
  gtk_label_set_label (GTK_LABEL (ref), outline_ref);
  line = ethos_clause_rows_first_line (clause->title != NULL ? clause->title : clause->text, 160);
  gtk_label_set_label (GTK_LABEL (title), line);
  gtk_widget_set_tooltip_text (box, NULL);
  ethos_accessible_list_item_labelled_by (item, ref, title);
}

static void
setup_hit_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  /* The code's name over the first of its results, when results are grouped by code. */
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_label_set_wrap (GTK_LABEL (group), TRUE);
  gtk_widget_add_css_class (group, "heading");
  gtk_widget_set_margin_bottom (group, 3);
  gtk_box_append (GTK_BOX (box), group);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (where), 34);
  gtk_widget_add_css_class (where, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_max_width_chars (GTK_LABEL (snippet), 34);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_label_set_use_markup (GTK_LABEL (snippet), TRUE);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (item, box);
}

static void
bind_hit_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Citation *citation)
{
  EthosSearchHit *hit = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *group = gtk_widget_get_first_child (box);
  GtkWidget *where = gtk_widget_get_next_sibling (group);
  GtkWidget *snippet = gtk_widget_get_next_sibling (where);
  g_autofree char *markup = ethos_search_hit_format_snippet (hit, "<b>", "</b>", TRUE);
  g_autofree char *place = ethos_citation_format_place (
    citation->func (hit->code_id, citation->data), hit->ref, hit->heading);

  /* A sub-clause's lead-in takes a line of its own, so that the match still shows. */
  gtk_label_set_lines (GTK_LABEL (snippet), hit->lead_in != NULL ? 4 : 3);
  gtk_label_set_label (GTK_LABEL (group), citation->func (hit->code_id, citation->data));
  gtk_widget_set_visible (group, hit->starts_group);
  gtk_label_set_label (GTK_LABEL (where), place);
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  ethos_accessible_list_item_labelled_by (item, where, snippet);
}

static void
bind_bookmark_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Citation *citation)
{
  EthosClause *clause = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *group = gtk_widget_get_first_child (box);
  GtkWidget *where = gtk_widget_get_next_sibling (group);
  GtkWidget *text = gtk_widget_get_next_sibling (where);
  g_autofree char *place = ethos_citation_format_place (
    citation->func (clause->code_id, citation->data), clause->ref, ethos_clause_get_heading (clause));
  g_autofree char *escaped = NULL;

  gtk_widget_set_visible (group, FALSE);
  gtk_label_set_label (GTK_LABEL (where), place);
  escaped = g_markup_escape_text (clause->text[0] != '\0' ? clause->text
                                                          : _("This clause is no longer in the code."),
                                  -1);
  gtk_label_set_markup (GTK_LABEL (text), escaped);
  ethos_accessible_list_item_labelled_by (item, where, text);
}

GtkWidget *
ethos_clause_rows_create_code_row (gpointer item, gpointer data)
{
  EthosCodeInfo *info = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (info->title);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *row;
  g_autofree char *detail = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 28);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  detail = info->imported
             ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported · %u clause",
                                             "Imported · %u clauses", info->clause_count),
                                info->clause_count)
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u clause", "%s · %u clauses",
                                             info->clause_count),
                                info->publisher != NULL ? info->publisher : info->id,
                                info->clause_count);
  gtk_label_set_label (GTK_LABEL (subtitle), detail);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  /* A row of its own, named by its title (a list box's own wrapper row has no name). */
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title,
                                  NULL, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle, NULL, -1);
  return row;
}

static void
free_citation (gpointer data, GClosure *closure)
{
  g_free (data);
}

static GtkListItemFactory *
make_factory (GCallback setup, GCallback bind, EthosCitationFunc func, gpointer data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Citation *citation = g_new0 (Citation, 1);

  citation->func = func;
  citation->data = data;
  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect_data (factory, "bind", bind, citation, free_citation, 0);
  return factory;
}

/* A code's contents as an outline: headings, and clauses with their refs. */
GtkListItemFactory *
ethos_clause_rows_outline_factory (void)
{
  return make_factory (G_CALLBACK (setup_clause_row_cb), G_CALLBACK (bind_clause_row_cb), NULL,
                       NULL);
}

/* Search results: where (code, ref, heading), then the snippet with the matches in bold. */
GtkListItemFactory *
ethos_clause_rows_hit_factory (EthosCitationFunc citation, gpointer data)
{
  return make_factory (G_CALLBACK (setup_hit_row_cb), G_CALLBACK (bind_hit_row_cb), citation, data);
}

/* Bookmarked clauses, shown as search results are. */
GtkListItemFactory *
ethos_clause_rows_bookmark_factory (EthosCitationFunc citation, gpointer data)
{
  return make_factory (G_CALLBACK (setup_hit_row_cb), G_CALLBACK (bind_bookmark_row_cb), citation,
                       data);
}

