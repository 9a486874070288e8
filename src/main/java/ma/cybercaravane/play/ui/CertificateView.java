package ma.cybercaravane.play.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.shared.ui.ChildLayout;

/** A certificate that prints on one A4/A5 page (print styles in cybercaravane.css): nickname, quiz, date, score. */
@Route(value = "certificate", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class CertificateView extends Div implements HasUrlParameter<String> {

    private final PlayService play;

    CertificateView(PlayService play) {
        this.play = play;
        addClassName("cc-certificate-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Progress p = play.progress(token).filter(Progress::finished).orElse(null);
        if (p == null) {
            add(new Paragraph(getTranslation("play.error.unknownToken")));
            return;
        }
        Div certificate = new Div();
        certificate.setId("certificate");
        certificate.addClassName("cc-certificate");
        String date = p.startedAt().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
        Paragraph who = new Paragraph(p.nickname());
        who.addClassName("cc-certificate-name");
        certificate.add(new H1(getTranslation("play.certificate.title")),
                new Paragraph(getTranslation("play.certificate.awardedTo")), who,
                new Paragraph(getTranslation("play.certificate.forQuiz", p.quiz().title().in(p.language()))),
                new Paragraph(getTranslation("play.certificate.score", p.score(), p.total())),
                new Image(p.badge().image(), getTranslation(p.badge().messageKey())),
                new Paragraph(getTranslation(p.badge().messageKey())),
                new Paragraph(date));
        Button print = new Button(getTranslation("play.certificate.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-button");
        print.addClassName("cc-no-print");
        add(certificate, print);
    }
}
