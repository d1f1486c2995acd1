package kz.qyzmet.directory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At startup, once the engine and the Flyway migrations are in place: the committed directory
 * ({@code directory/offices.json}) is loaded into {@code qyzmet.office} (idempotent: unchanged offices stay, changed
 * ones are updated, removed ones deleted), the router takes the stored offices, and every office gets its groups.
 */
@Component
public class DirectoryInitializer implements SmartInitializingSingleton {

  public static final String DATA = "directory/offices.json";
  private static final Logger log = LoggerFactory.getLogger(DirectoryInitializer.class);

  private final OfficeStore store;
  private final OfficeRouter router;
  private final OfficeGroups groups;
  private final ObjectMapper json;
  private boolean initialized;

  public DirectoryInitializer(OfficeStore store, OfficeRouter router, OfficeGroups groups, ObjectMapper json) {
    this.store = store;
    this.router = router;
    this.groups = groups;
    this.json = json;
  }

  @Override
  public void afterSingletonsInstantiated() {
    initialize();
  }

  /** Loads the directory once; later calls do nothing (the demo users call it before they join office groups). */
  public synchronized void initialize() {
    if (initialized) {
      return;
    }
    List<Office> offices = read();
    OfficeStore.LoadResult result = store.load(offices);
    router.reload(store.all());
    int created = groups.create(router.offices());
    log.info("Office directory: {} offices ({} new, {} updated, {} removed), {} groups created",
        offices.size(), result.inserted(), result.updated(), result.deleted(), created);
    initialized = true;
  }

  /** The committed directory. */
  public List<Office> read() {
    try (InputStream in = new ClassPathResource(DATA).getInputStream()) {
      return json.readValue(in, new TypeReference<List<Office>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DATA, e);
    }
  }
}
