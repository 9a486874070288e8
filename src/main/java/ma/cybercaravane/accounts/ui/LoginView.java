package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.shared.ui.ChildLayout;

/** Organizers' sign-in (facilitators, regional coordinators, admins). Children and parents never sign in. */
@Route(value = "login", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("cc-login");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("accounts.login.title"));
        i18n.getForm().setUsername(getTranslation("accounts.login.username"));
        i18n.getForm().setPassword(getTranslation("accounts.login.password"));
        i18n.getForm().setSubmit(getTranslation("accounts.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("accounts.login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("accounts.login.errorMessage"));
        i18n.setAdditionalInformation(null);
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
