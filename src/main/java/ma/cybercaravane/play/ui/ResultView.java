package ma.cybercaravane.play.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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

/** The end of a quiz: score, a badge for every child, the certificate to print. */
@Route(value = "result", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class ResultView extends Div implements HasUrlParameter<String> {

    private final PlayService play;

    ResultView(PlayService play) {
        this.play = play;
        addClassName("cc-result");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Optional<Progress> progress = play.progress(token);
        if (progress.isEmpty()) {
            add(new Paragraph(getTranslation("play.error.unknownToken")));
            return;
        }
        Progress p = progress.get();
        if (!p.finished()) {
            event.forwardTo(PlayView.class, token);
            return;
        }
        H1 title = new H1(getTranslation("play.result.title", p.nickname()));
        Paragraph score = new Paragraph(getTranslation("play.result.score", p.score(), p.total()));
        score.setId("score");
        score.addClassName("cc-score");
        Image badge = new Image(p.badge().image(), getTranslation(p.badge().messageKey()));
        badge.addClassName("cc-badge");
        H2 badgeName = new H2(getTranslation(p.badge().messageKey()));
        badgeName.setId("badge");
        Paragraph message = new Paragraph(getTranslation(p.badge().messageKey() + ".message"));
        Button certificate = new Button(getTranslation("play.result.certificate"),
                e -> getUI().ifPresent(ui -> ui.navigate(CertificateView.class, token)));
        certificate.setId("certificate-button");
        certificate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button again = new Button(getTranslation("play.result.again"), e -> {
            getElement().executeJs("localStorage.removeItem('cc.token')");
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        });
        again.setId("again-button");
        add(title, badge, badgeName, score, message, certificate, again);
    }
}
