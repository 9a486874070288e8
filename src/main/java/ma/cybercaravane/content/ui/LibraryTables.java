package ma.cybercaravane.content.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Completeness;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Coverage;
import ma.cybercaravane.content.Library;
import ma.cybercaravane.content.Material;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** The two tables of the library page: what is written per language, and the band x topic grid with its quizzes. */
final class LibraryTables {

    private LibraryTables() {}

    /** One row per language (Amazigh included): questions and materials written in it, out of how many exist. */
    static NativeTable languages(ContentService.Overview o, Component page) {
        Library library = o.library();
        NativeTable table = table("library-languages", page.getTranslation("library.languages.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(page.getTranslation("library.languages.language"));
        head.addHeaderCell().setText(page.getTranslation("library.languages.questions"));
        for (Material.Kind kind : Material.Kind.values()) head.addHeaderCell().setText(page.getTranslation("content.material." + kind.name()));
        for (Language l : Language.values()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("library-language-" + l.code());
            row.addHeaderCell().setText(page.getTranslation("shared.language." + l.code()));
            cell(row, o.coverage().count(l), o.coverage().questions());
            for (Material.Kind kind : Material.Kind.values()) cell(row, library.materials(kind, l), library.materials(kind));
        }
        return table;
    }

    /** Band x topic: questions in the cell, written per language (fr/ar/en/zgh), and the quizzes to preview. */
    static NativeTable grid(ContentService.Overview o, Language previewLanguage, Component page) {
        NativeTable table = table("library-grid", page.getTranslation("library.grid.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(page.getTranslation("library.grid.band"));
        for (Topic t : Topic.values()) head.addHeaderCell().setText(page.getTranslation(t.messageKey()));
        Coverage c = o.coverage();
        for (AgeBand band : AgeBand.values()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(page.getTranslation(band.messageKey()));
            for (Topic t : Topic.values()) {
                NativeTableCell cell = row.addDataCell();
                cell.setId("library-cell-" + band.code() + "-" + t.name());
                int n = c.questions(band, t);
                cell.add(new Span(page.getTranslation("library.grid.cell", n, c.questions(band, t, Language.FR),
                        c.questions(band, t, Language.AR), c.questions(band, t, Language.EN), c.questions(band, t, Language.ZGH))));
                if (band.children() && n < Completeness.MIN_PER_CELL) cell.addClassName("cc-gap");
                for (Quiz quiz : quizzes(o.library(), band, t)) {
                    Anchor a = new Anchor("library/preview/" + quiz.id() + "?lang=" + previewLanguage.code(), quiz.title().in(LanguageSupport.current()));
                    a.setId("preview-link-" + quiz.id());
                    cell.add(a);
                }
            }
        }
        return table;
    }

    static Div scroll(NativeTable table) {
        Div div = new Div(table);
        div.addClassName("cc-library-scroll");
        div.getElement().setAttribute("tabindex", "0");
        return div;
    }

    private static List<Quiz> quizzes(Library library, AgeBand band, Topic topic) {
        return library.quizzes(band).stream().filter(q -> q.topic() == topic).toList();
    }

    private static void cell(NativeTableRow row, int written, int total) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(written + " / " + total);
        if (written < total) cell.addClassName("cc-gap");
    }

    private static NativeTable table(String id, String caption) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("cc-library-table");
        table.setCaptionText(caption);
        return table;
    }
}
