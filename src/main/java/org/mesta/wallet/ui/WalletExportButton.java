package org.mesta.wallet.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.mesta.wallet.WalletExport;

/**
 * "Download all badges (ZIP)": a link styled as a button that streams the signed-in person's whole wallet (see
 * {@link WalletExport}). For the wallet screen's header bar and the import screen.
 */
public class WalletExportButton extends Anchor {

    public WalletExportButton(WalletExport export) {
        super(
                (DownloadHandler) event -> {
                    event.setFileName(WalletExport.fileName());
                    event.setContentType("application/zip");
                    try (OutputStream out = event.getOutputStream()) {
                        export.write(out);
                    }
                },
                "");
        setId("wallet-export");
        addClassName("carry-export");
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add(getTranslation("wallet.export.download"));
    }
}
