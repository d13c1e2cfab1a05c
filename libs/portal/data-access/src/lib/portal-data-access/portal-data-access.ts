import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-data-access',
  imports: [],
  templateUrl: './portal-data-access.html',
  styleUrl: './portal-data-access.css'
})
export class PortalDataAccess {}
