package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index that lets the task lists' authorization join find a user's own authorizations without reading the whole
 * table exists once the engine has started (H2 by default, PostgreSQL in the postgres suite), and a second start
 * (another node, a restart) leaves it as it is.
 */
@QyzmetTest
class AuthorizationUserIndexTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired AuthorizationUserIndex index;

  @Test
  void theEngineStartsWithTheIndexOnAuthorizationUsersAndAgainWithoutError() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuthorizationUserIndex.exists(connection)).isTrue();
    }
    index.postProcessEngineBuild(engine);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuthorizationUserIndex.exists(connection)).isTrue();
    }
  }

  @Test
  void anIndexThatWasDroppedIsCreatedAgainAtTheNextStart() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP INDEX " + AuthorizationUserIndex.INDEX);
      assertThat(AuthorizationUserIndex.exists(connection)).isFalse();
    }
    index.postProcessEngineBuild(engine);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuthorizationUserIndex.exists(connection)).isTrue();
    }
  }
}
