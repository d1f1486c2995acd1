package kz.qyzmet.complaints;

import kz.qyzmet.directory.OfficeGroups;
import kz.qyzmet.messages.Messages;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** The national reviewers of complaints, which the decree's address annexes do not list as offices. */
@Component
public class ComplaintGroups implements SmartInitializingSingleton {

  private final OfficeGroups groups;

  ComplaintGroups(OfficeGroups groups) {
    this.groups = groups;
  }

  @Override
  public void afterSingletonsInstantiated() {
    initialize();
  }

  /** Creates the groups and their Tasklist grants if missing (idempotent; the demo users need them first). */
  public void initialize() {
    groups.createWorkGroup(Complaints.MINISTRY_GROUP, "ЕХӘҚМ — шағымдармен жұмыс бөлімі");
    groups.createWorkGroup(Complaints.MINISTRY_HEAD_GROUP, "ЕХӘҚМ — шағымдармен жұмыс бөлімінің басшысы");
    groups.createWorkGroup(Complaints.PSC_ENTERPRISE_GROUP,
        Messages.text(Messages.KAZAKH, Complaints.PSC_ENTERPRISE_HEAD_NAME));
  }
}
