package org.mesta.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.base.PersonalData;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data": everything Mesta keeps about the signed-in person as one ZIP, and deleting their account. The
 * download collects every feature's {@link PersonalData} bean (this module sees them only through base's
 * interface); deletion publishes {@link AccountDeleted} so every feature erases its part in this transaction.
 */
@Service
public class MyDataService {

    private final AccountRepository accounts;
    private final List<PersonalData> parts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    MyDataService(
            AccountRepository accounts,
            List<PersonalData> parts,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.parts = parts;
        this.encoder = encoder;
        this.events = events;
    }

    /** One folder per part; a README.json lists the parts so the reader knows what to expect. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] download() {
        Account me = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<String> names = new ArrayList<>();
            for (PersonalData part : parts) {
                names.add(part.part());
                part.export(me.getId(), provenEmail(me), new PersonalData.Sink() {
                    @Override
                    public void json(String name, Object value) {
                        put(
                                zip,
                                part.part() + "/" + name + (name.endsWith(".json") ? "" : ".json"),
                                json.writeValueAsBytes(value));
                    }

                    @Override
                    public void file(String name, byte[] content) {
                        put(zip, part.part() + "/" + name, content);
                    }
                });
            }
            Map<String, Object> readme = new LinkedHashMap<>();
            readme.put("about", "Everything Mesta keeps about you, one folder per part. See /privacy.");
            readme.put("parts", names);
            put(zip, "README.json", json.writeValueAsBytes(readme));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the signed-in person's account, proven by their password. Every feature erases its data in this
     * transaction (AccountDeleted); then the row goes, which also ends the person's sessions (SessionGuard finds no
     * account). The last network admin cannot leave the network without one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String password) {
        Account me = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        if (password == null || !encoder.matches(password, me.getPasswordHash())) {
            throw new UserError("account.error.wrong-password");
        }
        if (me.getRoles().contains(Role.NETWORK_ADMIN) && accounts.countWithRole(Role.NETWORK_ADMIN) <= 1) {
            throw new UserError("rights.error.last-admin");
        }
        events.publishEvent(new AccountDeleted(me.getId(), provenEmail(me)));
        accounts.delete(me);
        accounts.flush();
    }

    /**
     * Features find what belongs to a person by account and by address; an address never confirmed was never proven
     * theirs, so they get an empty one (nothing made out to someone else's address is exported or erased).
     */
    private static String provenEmail(Account account) {
        return account.isEmailConfirmed() ? account.getEmail() : "";
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name.replaceAll("[^\\p{L}\\p{N}._/ -]", "_")));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
