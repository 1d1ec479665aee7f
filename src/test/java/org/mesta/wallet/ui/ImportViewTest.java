package org.mesta.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.ui.Uploads;
import org.mesta.security.AccountService;
import org.mesta.wallet.ImportFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The import screen: a badge from elsewhere is kept with an honest verdict; refusals sit next to their field. */
class ImportViewTest extends ViewTest {

    static final OutsideIssuer TARTU = OutsideIssuer.generate();

    @Autowired
    AccountService accounts;

    String newLearner() {
        String email = ImportFixtures.newLearner(users, accounts);
        login(email);
        english();
        return email;
    }

    @Test
    void a_pasted_badge_from_elsewhere_is_listed_with_its_verdict_and_can_be_checked_again() {
        String me = newLearner();
        ImportView view = navigate(ImportView.class);
        assertThat(text(view.list)).contains("You have not imported any badge yet.");

        test(view.pasted).setValue(ImportFixtures.signedElsewhere(TARTU, me, "Chairing a meeting"));
        test(view.importPasted).click();

        assertThat(text(view.result)).contains("Imported: Chairing a meeting");
        assertThat(text(view.list))
                .contains(
                        "Chairing a meeting",
                        "Signed by an issuer Mesta does not know",
                        "Issuer (as the badge says): Tartu Youth Council",
                        "Signed with the key: " + TARTU.did())
                .doesNotContain("Verified");
        Button again = $(Button.class, view.list).first();
        assertThat(again.getText()).isEqualTo("Check again");
        test(again).click();
        assertThat(text(view.result)).contains("Checked again: Chairing a meeting");
    }

    @Test
    void one_person_may_try_twenty_imports_an_hour_then_waits() {
        newLearner();
        ImportView view = navigate(ImportView.class);
        for (int i = 0; i < 20; i++) {
            test(view.pasted).setValue("not a badge " + i);
            test(view.importPasted).click();
            assertThat(view.pasted.getErrorMessage()).doesNotContain("Too many attempts");
        }
        test(view.pasted).setValue("not a badge again");
        test(view.importPasted).click();
        assertThat(view.pasted.isInvalid()).isTrue();
        assertThat(view.pasted.getErrorMessage()).startsWith("Too many attempts");
    }

    @Test
    void a_refusal_is_shown_at_the_field_and_nothing_is_kept() throws Exception {
        newLearner();
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("ftp://badges.example/1.json");
        test(view.importPasted).click();
        assertThat(view.pasted.isInvalid()).isTrue();
        assertThat(view.pasted.getErrorMessage()).isEqualTo("Only web links (http or https) can be imported.");

        UploadEvent event = mock(UploadEvent.class);
        byte[] png = ImportFixtures.plainPng();
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(png));
        when(event.getFileSize()).thenReturn((long) png.length);
        when(event.getFileName()).thenReturn("plain.png");
        when(event.getContentType()).thenReturn("image/png");
        when(event.getUI()).thenReturn(UI.getCurrent());
        Uploads.handlerOf(view.upload).handleUploadRequest(event);

        assertThat(view.uploadError.isVisible()).isTrue();
        assertThat(view.uploadError.getText()).isEqualTo("This image carries no Open Badge.");
        assertThat(text(view.list)).contains("You have not imported any badge yet.");
    }

    @Test
    void the_export_link_downloads_a_zip_of_the_wallet() throws Exception {
        String me = newLearner();
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue(ImportFixtures.signedElsewhere(TARTU, me, "Zipped"));
        test(view.importPasted).click();

        WalletExportButton export = $(WalletExportButton.class).single();
        assertThat(export.getText()).contains("Download all badges (ZIP)");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        test(export).download(zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            StringBuilder names = new StringBuilder();
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry())
                names.append(e.getName()).append('\n');
            assertThat(names.toString()).contains("001-zipped/received.json", "manifest.json");
        }
    }
}
